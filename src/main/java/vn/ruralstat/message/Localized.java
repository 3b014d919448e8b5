package vn.ruralstat.message;

/**
 * An argument written differently in each language: a size with a decimal comma in Vietnamese
 * ("63,2 MB") and a decimal point in English ("63.2 MB"), or a detail only the English log shows.
 */
public record Localized(String vi, String en) {}
