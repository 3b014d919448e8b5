package vn.ruralstat.poverty;

/** A village row with the commune heading it stood under in a district table (null without headings). */
public record GroupedVillage(String group, VillagePoverty village) {}
