package vn.ruralstat.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader streams, for assertions. */
final class RecordingSheetVisitor implements SheetVisitor {

    record RecordedSheet(String name, boolean hidden, List<SheetRow> rows) {

        SheetRow row(int number) {
            return rows.stream()
                    .filter(r -> r.number() == number)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + number + " in " + rows));
        }

        List<Integer> rowNumbers() {
            return rows.stream().map(SheetRow::number).toList();
        }
    }

    private final List<RecordedSheet> sheets = new ArrayList<>();
    private String name;
    private boolean hidden;
    private List<SheetRow> rows;

    static List<RecordedSheet> read(WorkbookReader reader, Path file) throws IOException {
        RecordingSheetVisitor visitor = new RecordingSheetVisitor();
        reader.read(file, visitor);
        return visitor.sheets;
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        this.name = name;
        this.hidden = hidden;
        this.rows = new ArrayList<>();
    }

    @Override
    public void row(SheetRow row) {
        rows.add(row);
    }

    @Override
    public void endSheet() {
        sheets.add(new RecordedSheet(name, hidden, List.copyOf(rows)));
    }
}
