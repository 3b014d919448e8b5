/**
 * Test kit: workbooks laid out as offices issue report forms (title block, form number, merged
 * headers, code row, signature block), for the tests of every dataset.
 */
package vn.ruralstat.forms;
