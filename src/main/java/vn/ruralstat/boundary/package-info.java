/**
 * Boundary changes: the crosswalk of mergers and splits (the shipped one and an office's own,
 * {@link vn.ruralstat.boundary.CrosswalkLoader}) and the placement of a unit of one date on the
 * units of a later date ({@link vn.ruralstat.boundary.Crosswalk}). Plain classes; imports only
 * {@code sheet} (name matching).
 */
package vn.ruralstat.boundary;
