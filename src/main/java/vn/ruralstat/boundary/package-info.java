/**
 * Boundary changes: the crosswalk of mergers and splits — the national crosswalk of 1 July 2025
 * shipped as data ({@link vn.ruralstat.boundary.NationalCrosswalk}) and an office's own, whose lines
 * replace the national ones of the units it names ({@link vn.ruralstat.boundary.CrosswalkLoader}) —
 * and the placement of a unit of one date on the units of a later date
 * ({@link vn.ruralstat.boundary.Crosswalk}). A commune divided with no shares is never split by
 * guessing. Plain classes; imports only {@code sheet} (name matching) and {@code message}.
 */
package vn.ruralstat.boundary;
