/**
 * The national register of administrative units as reference data: today's 34 provinces and
 * 3,321 communes with their official (GSO) codes, and the crosswalk of the communes before
 * 1 July 2025 (with their districts and provinces) to today's. Shipped as CSV files in
 * {@code register/} on the classpath (provenance and licences in its NOTICE.md), listed in
 * {@code register/registers.csv}; an office may point {@code ruralstat.register.folder} at its own
 * copy. {@link vn.ruralstat.register.RegisterLoader} reads them once into a
 * {@link vn.ruralstat.register.NationalRegister}, which matches a name as officers write it
 * (any case, with or without diacritics and kind word, old names) to its code for a period and
 * says {@link vn.ruralstat.register.RegisterMatch found, ambiguous or not found}. Reference-data
 * layer: imports only {@code sheet}, {@code period} and the layers beside them; no Spring.
 */
package vn.ruralstat.register;
