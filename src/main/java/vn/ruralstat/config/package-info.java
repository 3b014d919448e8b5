/**
 * The office's configuration file {@code ruralstat.properties}: where it is looked up ({@code --config
 * FILE}, else next to the jar, else the working folder), read as UTF-8 (officers type Vietnamese
 * into it, and Spring Boot would read a {@code .properties} file as ISO-8859-1) and placed among
 * Spring's property sources just below the command line, before the database is opened; then its
 * {@code ruralstat.office.*} keys bound into {@link vn.ruralstat.office.OfficeSettings} and the one
 * {@link vn.ruralstat.office.OfficialForms} bean. Imports {@code office} and {@code message} (its one-line errors); the entry point
 * imports it to refuse a missing {@code --config} file before Spring starts.
 */
package vn.ruralstat.config;
