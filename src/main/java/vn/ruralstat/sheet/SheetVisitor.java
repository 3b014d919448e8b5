package vn.ruralstat.sheet;

/**
 * Receives a workbook sheet by sheet and row by row, so that readers can stream and never hold a
 * whole large sheet in memory. Rows arrive in order; blank rows may be skipped by the reader.
 */
public interface SheetVisitor {

    /** A new sheet begins; {@code hidden} is true for hidden and very hidden sheets. */
    void startSheet(String name, boolean hidden);

    void row(SheetRow row);

    void endSheet();
}
