package vn.ruralstat.sheet;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one spreadsheet as the application does ({@link WorkbookReaders}) and prints how many
 * rows it saw and the sum of one column's numbers: {@code rows=200001 sum=59900000}. Run in a
 * child JVM with a small heap by {@link LargeSheetStreamingIT} to show that reading streams.
 *
 * <p>Exit code 0 when read; 3 when the reader refused the file, printing {@code refused: <reason>}.
 *
 * <pre>java -Xmx64m -cp … vn.ruralstat.sheet.RowTally FILE COLUMN</pre>
 */
public final class RowTally {

    static final int REFUSED = 3;

    private RowTally() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int column = Integer.parseInt(args[1]);
        long[] rows = {0};
        double[] sum = {0};
        try {
            WorkbookReaders.forFile(file).orElseThrow().read(file, new SheetVisitor() {
                @Override
                public void startSheet(String name, boolean hidden) {}

                @Override
                public void row(SheetRow row) {
                    rows[0]++;
                    Double value = VietnameseNumbers.parse(row.cell(column), ColumnMeaning.COUNT)
                            .value();
                    if (value != null) sum[0] += value;
                }

                @Override
                public void endSheet() {}
            });
        } catch (UnreadableFileException e) {
            System.out.println("refused: " + e.messageKey() + " " + e.argumentsEn());
            System.exit(REFUSED);
        }
        System.out.printf(
                Locale.ROOT,
                "rows=%d sum=%.0f maxHeapMB=%d%n",
                rows[0],
                sum[0],
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
