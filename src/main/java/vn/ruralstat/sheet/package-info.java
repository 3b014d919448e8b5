/**
 * Reading any spreadsheet as a stream of rows, knowing nothing of datasets: the xlsx (fastexcel-reader),
 * xls (POI) and csv (Commons CSV) readers with their limits, Vietnamese numbers, unit names, header
 * bands over merged cells, units and periods in titles, the lines of official forms (title block,
 * signature, "Nơi nhận"), and legacy font encodings (TCVN3, VNI, VISCII).
 * Imports nothing of ruralstat: problems travel as catalogue keys with arguments.
 */
package vn.ruralstat.sheet;
