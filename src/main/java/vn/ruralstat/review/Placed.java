package vn.ruralstat.review;

import vn.ruralstat.boundary.Crosswalk;

/** A stored record of a review with where it lies on the review's units. */
record Placed<T>(T record, String commune, String parent, int year, Crosswalk.Placement placement) {}
