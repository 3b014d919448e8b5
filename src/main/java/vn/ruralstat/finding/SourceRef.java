package vn.ruralstat.finding;

import vn.ruralstat.message.VisibleText;

/**
 * Where a figure came from: the file (as a path relative to the input folder), the sheet
 * and the cell in A1 notation. Sheet and cell are null when the finding is about a whole file.
 */
public record SourceRef(String file, String sheet, String cell) {

    public static SourceRef file(String file) {
        return new SourceRef(file, null, null);
    }

    public SourceRef at(String cell) {
        return new SourceRef(file, sheet, cell);
    }

    /** "file › sheet › cell", as an officer would look it up; control characters shown as {@code <U+XXXX>}. */
    public String describe() {
        StringBuilder s = new StringBuilder(file == null ? "" : VisibleText.line(file));
        if (sheet != null) s.append(" › ").append(VisibleText.line(sheet));
        if (cell != null) s.append(" › ").append(cell);
        return s.toString();
    }
}
