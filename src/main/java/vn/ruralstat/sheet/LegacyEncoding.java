package vn.ruralstat.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The 8-bit Vietnamese encodings of the font era, still found in old spreadsheets and CSV
 * exports. Their tables are read once from {@code vietnamese-legacy-encodings.csv} beside this
 * class (134 letters; see the README there for its origin).
 *
 * <ul>
 *   <li>{@link #TCVN3}: TCVN3 (ABC), the VN3 subset of TCVN 5712:1993, fonts {@code .VnTime} and
 *       the like. One byte a letter. It has upper-case codes only for Ă Â Ê Ô Ơ Ư Đ: toned
 *       capitals were shown by displaying the lower-case codes in an "H" font ({@code .VnTimeH}).
 *       Without the font the case is unknown, so <strong>toned letters decode to lower case</strong>
 *       ("Céng" → "Cộng", "ñy ban" → "ủy ban"); ASCII letters keep the case they were typed in.</li>
 *   <li>{@link #VNI}: VNI-Windows, fonts {@code VNI-Times} and the like. A base letter followed by a
 *       mark byte ("aù" = á, "oä" = ộ), plus single bytes for ơ ư đ and the toned i, ỵ. Decoded
 *       greedily: a two-byte spelling first, because "ô" alone is ơ but also begins ớ ờ ở ỡ ợ.
 *       Mixed-case pairs ("Uû", "aÙ") occur in real data and take the case of their base letter.</li>
 *   <li>{@link #VISCII}: RFC 1456, fully precomposed, six of its capitals on ASCII control codes.</li>
 * </ul>
 *
 * Bytes that encode no letter in the table keep their Windows-1252 meaning (ASCII, digits,
 * punctuation, "°"). Output is NFC.
 */
public enum LegacyEncoding {
    TCVN3("TCVN3 (ABC)", "tcvn3_abc_hex"),
    VNI("VNI-Windows", "vni_windows_hex"),
    VISCII("VISCII", "viscii_hex");

    static final String TABLE_RESOURCE = "vietnamese-legacy-encodings.csv";

    private final String label;
    private final String column;

    LegacyEncoding(String label, String column) {
        this.label = label;
        this.column = column;
    }

    /** The name people know it by: "TCVN3 (ABC)", "VNI-Windows", "VISCII". */
    public String label() {
        return label;
    }

    /** Decodes bytes written in this encoding. */
    public String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code length} bytes from {@code offset}. */
    public String decode(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int[] units = new int[length];
        for (int i = 0; i < length; i++) units[i] = bytes[offset + i] & 0xFF;
        return decode(units);
    }

    /**
     * Decodes text read from a spreadsheet cell written in a legacy font: Excel stored each byte as
     * the character Windows-1252 (or, for 0x80-0x9F, Latin-1) gives it, so "Th«n" is TCVN3 for
     * "Thôn". Each character is mapped back to its byte and the bytes decoded. Characters that have
     * no byte there (ư, ạ, "→") cannot come from such a font and are kept as they are.
     */
    public String decodeText(String text) {
        int[] units = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = byteOf(c);
            units[i] = b >= 0 ? b : ~c; // negative: a character passed through
        }
        return decode(units);
    }

    /** A reader decoding a stream of bytes in this encoding; it reads ahead at most one byte. */
    public Reader reader(InputStream in) {
        return new DecodingReader(in, table());
    }

    /**
     * The byte an 8-bit character set gave this character: Windows-1252 ("€" → 0x80, "«" → 0xAB),
     * Latin-1 for the C1 controls U+0080-U+009F that Windows-1252 leaves undefined or that a reader
     * produced; -1 for characters no single byte gives.
     */
    static int byteOf(char c) {
        if (c <= 0xFF) return c;
        Integer b = Windows1252.SPECIALS.get(c);
        return b == null ? -1 : b;
    }

    /** True for bytes that are letters in some legacy encoding and not in ASCII. */
    static boolean isLegacyByte(int b) {
        return b >= 0x80 || b < 0x20 && Tables.INSTANCE.get(VISCII).single[b] != (char) b;
    }

    private String decode(int[] units) {
        Table table = table();
        StringBuilder out = new StringBuilder(units.length);
        for (int i = 0; i < units.length; i++) {
            int unit = units[i];
            if (unit < 0) {
                out.append((char) ~unit);
                continue;
            }
            char pair = i + 1 < units.length ? table.pair(unit, units[i + 1]) : 0;
            if (pair != 0) {
                out.append(pair);
                i++;
            } else {
                out.append(table.single[unit]);
            }
        }
        return out.toString();
    }

    private Table table() {
        return Tables.INSTANCE.get(this);
    }

    /** One encoding's table: a character for every byte, and for VNI the two-byte letters. */
    private static final class Table {

        final char[] single = new char[256];
        /** True for the bytes the table gives a letter. */
        final boolean[] letter = new boolean[256];
        /** (first byte &lt;&lt; 8 | second byte) → letter; null when the encoding has no pairs. */
        char[] pairs;

        Table() {
            for (int b = 0; b < 256; b++) single[b] = Windows1252.charOf(b);
        }

        char pair(int first, int second) {
            return pairs == null || second < 0 || second > 0xFF ? 0 : pairs[first << 8 | second];
        }
    }

    /** Loads the three tables from the CSV, once, on first use. */
    private static final class Tables {

        static final Map<LegacyEncoding, Table> INSTANCE = load();

        private static Map<LegacyEncoding, Table> load() {
            Map<LegacyEncoding, Table> tables = new EnumMap<>(LegacyEncoding.class);
            for (LegacyEncoding encoding : values()) tables.put(encoding, new Table());
            Map<Character, int[]> vniCodes = new HashMap<>();
            int rows = 0;
            try (InputStream in = LegacyEncoding.class.getResourceAsStream(TABLE_RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + TABLE_RESOURCE);
                CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get();
                try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (CSVRecord row : parser) {
                        String letter = row.get("char");
                        if (letter.length() != 1) throw bad(row, "char is not one letter");
                        char c = letter.charAt(0);
                        for (LegacyEncoding encoding : values()) {
                            int[] code = hexBytes(row, row.get(encoding.column));
                            if (encoding == VNI) vniCodes.put(c, code);
                            put(tables.get(encoding), c, code, row);
                        }
                        rows++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TABLE_RESOURCE, e);
            }
            if (rows != 134) {
                throw new IllegalStateException(TABLE_RESOURCE + " has " + rows + " letters, expected 134");
            }
            addMixedCasePairs(tables.get(VNI), vniCodes);
            return tables;
        }

        private static void put(Table table, char letter, int[] code, CSVRecord row) {
            if (code.length == 1) {
                char old = table.single[code[0]];
                boolean taken = table.letter[code[0]];
                if (taken && Character.toLowerCase(old) != Character.toLowerCase(letter)) {
                    throw bad(row, "byte already holds " + old);
                }
                // TCVN3 gives most capitals the lower-case byte: keep the lower-case letter there
                if (!taken || Character.isLowerCase(letter)) table.single[code[0]] = letter;
                table.letter[code[0]] = true;
            } else if (code.length == 2) {
                if (table.pairs == null) table.pairs = new char[1 << 16];
                table.pairs[code[0] << 8 | code[1]] = letter;
            } else {
                throw bad(row, "more than two bytes");
            }
        }

        /**
         * "Uû" for Ủ: a base letter with the mark of the other case. Which mark bytes are partners
         * comes from the table itself (á = "a" F9 and Á = "A" D9 make F9 and D9 partners).
         */
        private static void addMixedCasePairs(Table vni, Map<Character, int[]> codes) {
            Map<Integer, Integer> partnerMark = new HashMap<>();
            codes.forEach((letter, code) -> {
                int[] upper = codes.get(Character.toUpperCase(letter));
                if (code.length == 2 && upper != null && upper.length == 2 && Character.isLowerCase(letter)) {
                    partnerMark.put(code[1], upper[1]);
                    partnerMark.put(upper[1], code[1]);
                }
            });
            codes.forEach((letter, code) -> {
                if (code.length != 2) return;
                int mixed = code[0] << 8 | partnerMark.getOrDefault(code[1], code[1]);
                if (vni.pairs[mixed] == 0) vni.pairs[mixed] = letter;
            });
        }

        private static int[] hexBytes(CSVRecord row, String hex) {
            String[] parts = hex.trim().split(" ");
            int[] bytes = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    bytes[i] = Integer.parseInt(parts[i], 16);
                } catch (NumberFormatException e) {
                    throw bad(row, "not hex: " + hex);
                }
                if (bytes[i] > 0xFF) throw bad(row, "not a byte: " + hex);
            }
            return bytes;
        }

        private static IllegalStateException bad(CSVRecord row, String problem) {
            return new IllegalStateException(TABLE_RESOURCE + " line " + (row.getRecordNumber() + 1) + ": " + problem);
        }
    }

    /** Windows-1252 with the five bytes it leaves undefined read as Latin-1. */
    private static final class Windows1252 {

        private static final char[] CHARS = new char[256];
        static final Map<Character, Integer> SPECIALS = new HashMap<>();

        static {
            Charset cp1252 = Charset.forName("windows-1252");
            for (int b = 0; b < 256; b++) {
                char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
                CHARS[b] = c == '\uFFFD' ? (char) b : c;
                if (CHARS[b] > 0xFF) SPECIALS.put(CHARS[b], b);
            }
        }

        static char charOf(int b) {
            return CHARS[b];
        }
    }

    /** Decodes a byte stream, holding back a byte only when it may begin a VNI pair. */
    private static final class DecodingReader extends Reader {

        private final InputStream in;
        private final Table table;
        private final byte[] buffer = new byte[8192];
        private int position;
        private int limit;

        DecodingReader(InputStream in, Table table) {
            this.in = in;
            this.table = table;
        }

        @Override
        public int read(char[] out, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, out.length);
            int n = 0;
            while (n < length && (n == 0 || position < limit)) {
                int b = next();
                if (b < 0) break;
                char pair = table.pairs == null ? 0 : table.pair(b, peek());
                if (pair != 0) {
                    position++;
                    out[offset + n++] = pair;
                } else {
                    out[offset + n++] = table.single[b];
                }
            }
            return n == 0 && length > 0 ? -1 : n;
        }

        private int next() throws IOException {
            return fill() ? buffer[position++] & 0xFF : -1;
        }

        private int peek() throws IOException {
            return fill() ? buffer[position] & 0xFF : -1;
        }

        private boolean fill() throws IOException {
            if (position < limit) return true;
            int read = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
