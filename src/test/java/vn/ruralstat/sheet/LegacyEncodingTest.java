package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** The 134 letters of the reference table, read by this test's own parser. */
    private static List<Character> letters;
    /** letter → its bytes, per encoding, from the table's hex columns. */
    private static Map<LegacyEncoding, Map<Character, byte[]>> bytesOf;
    /** letter → how Excel shows it in a legacy font, from the table's "as text" columns. */
    private static Map<LegacyEncoding, Map<Character, String>> textOf;

    @BeforeAll
    static void readReferenceTableIndependently() throws IOException {
        letters = new ArrayList<>();
        bytesOf = new HashMap<>();
        textOf = new HashMap<>();
        for (LegacyEncoding e : LegacyEncoding.values()) {
            bytesOf.put(e, new HashMap<>());
            textOf.put(e, new HashMap<>());
        }
        List<String> lines;
        try (InputStream in = LegacyEncodingTest.class.getResourceAsStream("vietnamese-legacy-encodings.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        List<String> header = splitCsvLine(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = splitCsvLine(line);
            char letter = f.get(header.indexOf("char")).charAt(0);
            letters.add(letter);
            put(
                    LegacyEncoding.TCVN3,
                    letter,
                    f.get(header.indexOf("tcvn3_abc_hex")),
                    f.get(header.indexOf("tcvn3_as_cp1252_text")));
            put(
                    LegacyEncoding.VNI,
                    letter,
                    f.get(header.indexOf("vni_windows_hex")),
                    f.get(header.indexOf("vni_windows_as_text")));
            put(LegacyEncoding.VISCII, letter, f.get(header.indexOf("viscii_hex")), null);
        }
    }

    @Test
    void referenceTableHas134LettersWhoseTextColumnsAgreeWithTheirBytes() {
        assertThat(letters).hasSize(134).doesNotHaveDuplicates();
        for (char letter : letters) {
            assertThat(textOf.get(LegacyEncoding.TCVN3).get(letter))
                    .as("TCVN3 %s", letter)
                    .isEqualTo(asCp1252Text(bytesOf.get(LegacyEncoding.TCVN3).get(letter)));
            assertThat(textOf.get(LegacyEncoding.VNI).get(letter))
                    .as("VNI %s", letter)
                    .isEqualTo(asCp1252Text(bytesOf.get(LegacyEncoding.VNI).get(letter)));
        }
    }

    @Test
    void randomVietnameseTextSurvivesEncodingAndDecodingInEveryEncoding() throws IOException {
        Random random = new Random(20_260_315L);
        for (int i = 0; i < 1_000; i++) {
            String text = randomText(random);
            for (LegacyEncoding encoding : LegacyEncoding.values()) {
                // TCVN3 has no toned capitals: its text can only be lower case
                String original = encoding == LegacyEncoding.TCVN3 ? text.toLowerCase(Locale.ROOT) : text;
                String expected = Normalizer.normalize(original, Normalizer.Form.NFC);
                byte[] bytes = encode(encoding, original);

                assertThat(encoding.decode(bytes))
                        .as("%s bytes of %s", encoding, original)
                        .isEqualTo(expected);
                assertThat(encoding.decodeText(asCp1252Text(bytes)))
                        .as("%s cell text of %s", encoding, original)
                        .isEqualTo(expected);
                assertThat(readAll(encoding.reader(new ByteArrayInputStream(bytes))))
                        .as("%s stream of %s", encoding, original)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void decodesTcvn3ToneLettersInLowerCaseAndKeepsTypedCapitals() {
        assertThat(LegacyEncoding.TCVN3.decodeText("Céng hßa X· héi chñ nghÜa ViÖt Nam"))
                .isEqualTo("Cộng hòa Xã hội chủ nghĩa Việt Nam");
        // Ư and Đ have upper-case codes in TCVN3; the toned Ủ does not
        assertThat(LegacyEncoding.TCVN3.decodeText("¦u tiªn §oµn ñy ban")).isEqualTo("Ưu tiên Đoàn ủy ban");
    }

    @Test
    void decodesTcvn3LetterSharedWithItsCapitalAsLowerCase() {
        // ý and Ý share byte FD, which Windows-1252 also reads as ý
        assertThat(LegacyEncoding.TCVN3.decodeText("qu¶n lý")).isEqualTo("quản lý");
    }

    @Test
    void decodesVniTwoByteSpellingBeforeSingleByte() {
        // "ô" alone is ơ, but "ôø" is ờ and "oâ" is ô
        assertThat(LegacyEncoding.VNI.decodeText("thôø cô sôû thoân")).isEqualTo("thờ cơ sở thôn");
        assertThat(LegacyEncoding.VNI.decodeText("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
    }

    @Test
    void acceptsVniPairsWithTheMarkOfTheOtherCase() {
        assertThat(LegacyEncoding.VNI.decodeText("Uû ban")).isEqualTo("Ủ ban");
        assertThat(LegacyEncoding.VNI.decodeText("UÛy ban")).isEqualTo("Ủy ban");
        assertThat(LegacyEncoding.VNI.decodeText("xaÕ")).isEqualTo("xã");
    }

    @Test
    void readsCellCharactersFromLatin1ControlsAsWellAsWindows1252() {
        // VISCII Ạ is byte 0x80: Excel shows "€", a BIFF8 compressed string gives U+0080
        assertThat(LegacyEncoding.VISCII.decodeText("\u20AC")).isEqualTo("Ạ");
        assertThat(LegacyEncoding.VISCII.decodeText("\u0080")).isEqualTo("Ạ");
        // 0x81 is undefined in Windows-1252: only the Latin-1 reading exists
        assertThat(LegacyEncoding.VISCII.decodeText("\u0081")).isEqualTo("Ắ");
    }

    @Test
    void keepsCharactersNoSingleByteGives() {
        assertThat(LegacyEncoding.TCVN3.decodeText("Th«n → Hưng")).isEqualTo("Thôn → Hưng");
    }

    @Test
    void keepsBytesWithoutALetterAsWindows1252ReadsThem() {
        assertThat(LegacyEncoding.TCVN3.decode("25°C; 3 €".getBytes(CP1252))).isEqualTo("25°C; 3 €");
    }

    @Test
    void streamsAVniPairCutByTheReadersBuffer() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("x".repeat(8189).getBytes(StandardCharsets.US_ASCII));
        // "e" is the last byte of the reader's first 8 KB, its mark "ä" the first of the next
        bytes.writeBytes("Vieät".getBytes(CP1252));

        String text = readAll(LegacyEncoding.VNI.reader(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(text).hasSize(8189 + 4).endsWith("xViệt");
    }

    // --- an encoder independent of LegacyEncoding's table loading ---

    private static byte[] encode(LegacyEncoding encoding, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            byte[] code = bytesOf.get(encoding).get(c);
            if (code != null) {
                out.writeBytes(code);
            } else {
                assertThat(c)
                        .as("test strings hold table letters and ASCII only")
                        .isLessThan('\u0080');
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** The text Excel shows for bytes typed in a legacy font: Windows-1252, Latin-1 where it has no character. */
    private static String asCp1252Text(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            char c = new String(new byte[] {b}, CP1252).charAt(0);
            text.append(c == '\uFFFD' ? (char) (b & 0xFF) : c);
        }
        return text.toString();
    }

    private static final String[] ONSETS = {
        "", "b", "ch", "d", "g", "gh", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x",
        "T", "Ng"
    };
    private static final String[] CODAS = {"", "", "n", "ng", "c", "t", "m", "nh", "ch", "p", "i", "u", "o"};

    /** One to six words of random syllables (an onset, one or two table letters, a coda) and numbers. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(6);
        for (int w = 0; w < words; w++) {
            if (w > 0) text.append(' ');
            if (random.nextInt(5) == 0) {
                text.append(random.nextInt(2_100));
                continue;
            }
            text.append(ONSETS[random.nextInt(ONSETS.length)]);
            int vowels = 1 + random.nextInt(2);
            for (int v = 0; v < vowels; v++) text.append(letters.get(random.nextInt(letters.size())));
            text.append(CODAS[random.nextInt(CODAS.length)]);
        }
        return text.toString();
    }

    private static String readAll(Reader reader) throws IOException {
        StringWriter out = new StringWriter();
        reader.transferTo(out);
        return out.toString();
    }

    private static void put(LegacyEncoding encoding, char letter, String hex, String text) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        bytesOf.get(encoding).put(letter, bytes);
        if (text != null) textOf.get(encoding).put(letter, text);
    }

    /** Splits one line of the reference CSV: fields may be quoted and hold commas. */
    private static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
