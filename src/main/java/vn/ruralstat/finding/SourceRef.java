package vn.ruralstat.finding;

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

    /** "file › sheet › cell", as an officer would look it up. */
    public String describe() {
        StringBuilder s = new StringBuilder(file == null ? "" : file);
        if (sheet != null) s.append(" › ").append(sheet);
        if (cell != null) s.append(" › ").append(cell);
        return s.toString();
    }
}
