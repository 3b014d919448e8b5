package vn.ruralstat.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV file as one sheet named after the file (without its extension).
 *
 * <ul>
 *   <li>Encoding: a byte order mark decides (UTF-8, UTF-16 LE or BE) and is dropped; without one,
 *       UTF-8 if the bytes are valid UTF-8. Should bytes later in a file judged UTF-8 be invalid,
 *       they read as U+FFFD. Other files are Windows-1258 or one of the legacy font encodings
 *       ({@link LegacyEncoding}: TCVN3, VNI, VISCII): the first 64 KB are read in each, and a legacy
 *       encoding is taken only when it clearly reads more words as Vietnamese syllables than
 *       Windows-1258 does (the rules of {@link LegacyTextDecoder}, counting distinct words);
 *       otherwise Windows-1258. The optional {@link EncodingListener} hears what was chosen.</li>
 *   <li>Delimiter: ',', ';' or tab, whichever splits the first lines most consistently; an Excel
 *       "sep=;" first line decides instead and is not a row.</li>
 *   <li>Row numbers are record numbers, counting blank lines, which is what Excel shows when it
 *       opens the file even where a quoted value spans several lines. Blank rows are skipped.</li>
 *   <li>Every value is a {@link Cell.Kind#TEXT} cell: CSV has no types, and "4,32" is for
 *       {@link VietnameseNumbers} to interpret. Blank values are omitted.</li>
 *   <li>Forgiving like Excel: a stray quote after a quoted value, or a quote left open at the end
 *       of the file, does not fail the read.</li>
 * </ul>
 */
public final class CsvWorkbookReader implements WorkbookReader {

    /** Hears which encoding each file was read in. */
    public interface EncodingListener {

        /**
         * @param encodingName "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258", or a
         *                     {@link LegacyEncoding} name: "TCVN3", "VNI", "VISCII"
         * @param unsure       true when Windows-1258 was kept although a legacy encoding reads more
         *                     of the file as Vietnamese, without being clearly right
         */
        void detected(String encodingName, boolean unsure);
    }

    private final EncodingListener encodingListener;

    /** A reader that tells no one which encoding it chose. */
    public CsvWorkbookReader() {
        this((encodingName, unsure) -> {});
    }

    public CsvWorkbookReader(EncodingListener encodingListener) {
        this.encodingListener = Objects.requireNonNull(encodingListener);
    }

    @Override
    public void read(Path file, SheetVisitor visitor) throws IOException {
        CsvFormatSniffer.CsvLayout layout = CsvFormatSniffer.sniff(file);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(layout.delimiter())
                .setIgnoreEmptyLines(false) // blank lines are rows in Excel; keep them numbered
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        LegacyEncoding legacy = null;
        if (layout.bomBytes() == 0 && layout.charset().equals(CsvFormatSniffer.WINDOWS_1258)) {
            LegacyTextDecoder.Evidence.Verdict verdict = legacyVerdict(file);
            legacy = verdict.reading() == 0 ? null : LegacyEncoding.values()[verdict.reading() - 1];
            encodingListener.detected(legacy == null ? layout.charset().name() : legacy.name(), verdict.unsure());
        } else {
            encodingListener.detected(layout.charset().name(), false);
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(layout.bomBytes());
            Reader decoding = legacy != null
                    ? legacy.reader(in)
                    : new InputStreamReader(in, CsvFormatSniffer.lenientDecoder(layout.charset()));
            BufferedReader text = new BufferedReader(decoding);
            if (layout.sepLineFirst()) text.readLine();
            try (CSVParser parser = format.parse(text)) {
                visitor.startSheet(sheetName(file), false);
                Iterator<CSVRecord> records = parser.iterator();
                for (CSVRecord r = next(file, parser, records); r != null; r = next(file, parser, records)) {
                    SheetRow row = toRow(r);
                    if (!row.cells().isEmpty()) visitor.row(row);
                }
                visitor.endSheet();
            }
        }
    }

    /**
     * Reads the first {@value CsvFormatSniffer#SAMPLE_BYTES} bytes as Windows-1258 (the baseline)
     * and in each legacy encoding, word by word, and judges which reading explains them.
     */
    private static LegacyTextDecoder.Evidence.Verdict legacyVerdict(Path file) throws IOException {
        byte[] sample;
        boolean cut;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(CsvFormatSniffer.SAMPLE_BYTES);
            cut = in.read() >= 0;
        }
        LegacyTextDecoder.Evidence evidence =
                new LegacyTextDecoder.Evidence(LegacyTextDecoder.readingNames(CsvFormatSniffer.WINDOWS_1258.name()));
        LegacyEncoding[] encodings = LegacyEncoding.values();
        int start = -1;
        for (int i = 0; i <= sample.length; i++) {
            boolean inside = i < sample.length && !LegacyTextDecoder.Evidence.isSeparator(sample[i] & 0xFF);
            if (inside && start < 0) start = i;
            if (inside || start < 0) continue;
            if (i == sample.length && cut) break; // the sample may end inside this word
            byte[] word = Arrays.copyOfRange(sample, start, i);
            start = -1;
            String asRead = new String(word, StandardCharsets.ISO_8859_1);
            if (!LegacyTextDecoder.Evidence.isEvidence(asRead)) continue;
            String[] readings = new String[encodings.length + 1];
            readings[0] = nfc(new String(word, CsvFormatSniffer.WINDOWS_1258));
            for (int e = 0; e < encodings.length; e++) readings[e + 1] = nfc(encodings[e].decode(word));
            evidence.add(asRead, readings);
        }
        return evidence.judge(LegacyTextDecoder.MIN_GAIN_SHEET, 0);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static CSVRecord next(Path file, CSVParser parser, Iterator<CSVRecord> records) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw WorkbookFileProblems.corruptCsv(file, parser.getCurrentLineNumber(), e.getCause());
            }
            throw e.getCause();
        }
    }

    private static SheetRow toRow(CSVRecord record) {
        List<Cell> cells = new ArrayList<>(record.size());
        for (int column = 0; column < record.size(); column++) {
            Cell cell = Cell.text(column, record.get(column));
            if (!cell.isBlank()) cells.add(cell);
        }
        return new SheetRow(Math.toIntExact(record.getRecordNumber()), cells, false);
    }

    static String sheetName(Path file) {
        String name = WorkbookFileProblems.name(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
