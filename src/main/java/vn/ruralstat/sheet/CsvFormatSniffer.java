package vn.ruralstat.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses a CSV file's encoding and delimiter from its first 64 KB, as Excel writes them with
 * different regional settings: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode text"),
 * Windows-1258; ',' or ';' (Vietnamese settings, where ',' is the decimal mark) or tab.
 */
final class CsvFormatSniffer {

    static final int SAMPLE_BYTES = 64 * 1024;
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** Tried in this order when two fit equally well: tab and ';' rarely occur inside values, ',' does. */
    private static final char[] DELIMITERS = {'\t', ';', ','};

    private static final int SAMPLE_RECORDS = 200;

    /**
     * @param charset      the text encoding
     * @param bomBytes     bytes of byte order mark to skip before the text
     * @param delimiter    the field separator
     * @param sepLineFirst true when the first line is Excel's "sep=;" hint, which is not a row
     */
    record CsvLayout(Charset charset, int bomBytes, char delimiter, boolean sepLineFirst) {}

    private CsvFormatSniffer() {}

    static CsvLayout sniff(Path file) throws IOException {
        byte[] sample;
        boolean cut;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
            cut = in.read() >= 0;
        }
        int bom = bomLength(sample);
        Charset charset = bom > 0 ? bomCharset(sample) : guessCharset(file, sample, cut);
        String text = new String(sample, bom, sample.length - bom, charset);
        int lastLineEnd = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (cut && lastLineEnd > 0) text = text.substring(0, lastLineEnd); // drop the line the sample cut
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.length() == 5 && firstLine.regionMatches(true, 0, "sep=", 0, 4)) {
            return new CsvLayout(charset, bom, firstLine.charAt(4), true);
        }
        return new CsvLayout(charset, bom, delimiter(text), false);
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return 3;
        if (b.length >= 2
                && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF))
            return 2;
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if ((b[0] & 0xFF) == 0xEF) return StandardCharsets.UTF_8;
        return (b[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /**
     * UTF-8 when the bytes decode as UTF-8, else Windows-1258. When the sample is plain ASCII,
     * which both encodings share, the rest of the file is scanned (streamed, not kept) to decide.
     */
    private static Charset guessCharset(Path file, byte[] sample, boolean cut) throws IOException {
        if (!isUtf8(sample, cut)) return WINDOWS_1258;
        if (!cut || !isAscii(sample)) return StandardCharsets.UTF_8;
        try (InputStream in = Files.newInputStream(file)) {
            return isUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1258;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return false;
        }
        return true;
    }

    /** True when the bytes are valid UTF-8; when {@code cut}, a sequence broken at the end is allowed. */
    private static boolean isUtf8(byte[] bytes, boolean cut) {
        CharsetDecoder decoder = strictUtf8();
        CharBuffer out = CharBuffer.allocate(bytes.length);
        return !decoder.decode(ByteBuffer.wrap(bytes), out, !cut).isError();
    }

    private static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer bytes = ByteBuffer.allocate(SAMPLE_BYTES);
        CharBuffer out = CharBuffer.allocate(SAMPLE_BYTES);
        byte[] chunk = new byte[SAMPLE_BYTES / 2];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            bytes.put(chunk, 0, n).flip();
            if (decoder.decode(bytes, out.clear(), false).isError()) return false;
            bytes.compact();
        }
        bytes.flip();
        return !decoder.decode(bytes, out.clear(), true).isError()
                && !decoder.flush(out).isError();
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The delimiter that splits the sample's records into the same number of fields most often,
     * that number being above one; on a tie, the one giving more fields. Quotes are respected.
     */
    static char delimiter(String text) {
        char best = ',';
        int bestSupport = 0;
        int bestFields = 1;
        for (char candidate : DELIMITERS) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (int fields : fieldCounts(text, candidate)) {
                frequency.merge(fields, 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
                int fields = e.getKey();
                int support = e.getValue();
                if (fields > 1 && (support > bestSupport || support == bestSupport && fields > bestFields)) {
                    best = candidate;
                    bestSupport = support;
                    bestFields = fields;
                }
            }
        }
        return best;
    }

    /** Fields per non-blank record of the first {@value #SAMPLE_RECORDS} records. */
    private static List<Integer> fieldCounts(String text, char delimiter) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        boolean blank = true;
        int fields = 1;
        for (int i = 0; i < text.length() && counts.size() < SAMPLE_RECORDS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                blank = false;
            } else if (quoted) {
                continue;
            } else if (c == delimiter) {
                fields++;
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (!blank) counts.add(fields);
                fields = 1;
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        if (!blank && counts.size() < SAMPLE_RECORDS) counts.add(fields);
        return counts;
    }

    /** Decoding used for the whole file: bad bytes become U+FFFD rather than failing the read. */
    static CharsetDecoder lenientDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
}
