package vn.ruralstat.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.unit.Unit;

/**
 * Reads the register from its folder: the manifest {@code registers.csv} (id, effective date,
 * units file, crosswalk file, source) names the data files, and the latest effective register is
 * used. A new register is a new row and two new files, never a change of code. The folder is
 * {@code register/} on the classpath, or an office's own folder on disk.
 */
public final class RegisterLoader {

    /** The shipped register's folder on the classpath. */
    public static final String CLASSPATH_FOLDER = "register/";

    static final String MANIFEST = "registers.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private final Source source;

    /** Opens a file of the register's folder by name. */
    private interface Source {
        InputStream open(String name) throws IOException;
    }

    private RegisterLoader(Source source) {
        this.source = source;
    }

    /** The register shipped with the application. */
    public static NationalRegister fromClasspath() {
        return shipped().load();
    }

    /**
     * Streams the rows of one file of the shipped register's folder, after checking it has the
     * {@code required} columns: the one reader of those files, also for {@code boundary}'s national
     * crosswalk.
     */
    public static void readShipped(String name, List<String> required, Consumer<CSVRecord> row) {
        shipped().read(name, required, row);
    }

    private static RegisterLoader shipped() {
        ClassLoader loader = RegisterLoader.class.getClassLoader();
        return new RegisterLoader(name -> {
            InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + name);
            if (in == null) throw new IOException("missing resource " + CLASSPATH_FOLDER + name);
            return in;
        });
    }

    /** An office's register: a folder holding its own {@code registers.csv} and the files it names. */
    public static NationalRegister fromFolder(Path folder) {
        return new RegisterLoader(name -> Files.newInputStream(folder.resolve(name))).load();
    }

    private NationalRegister load() {
        List<CSVRecord> entries = new ArrayList<>();
        read(MANIFEST, List.of("id", "effective", "units", "crosswalk", "source"), entries::add);
        CSVRecord latest = entries.stream()
                .max(Comparator.comparing(r -> r.get("effective")))
                .orElseThrow(() -> new IllegalStateException(MANIFEST + " lists no register"));
        List<RegisteredUnit> today = new ArrayList<>();
        read(
                latest.get("units"),
                List.of("province_code", "province", "province_kind", "commune_code", "commune", "commune_full_name"),
                r -> today.add(new RegisteredUnit(
                        r.get("commune_code"),
                        UnitNames.clean(r.get("commune")),
                        UnitNames.clean(r.get("commune_full_name")),
                        null,
                        r.get("province_code"),
                        provinceName(r.get("province_kind"), r.get("province")),
                        true)));
        List<NationalRegister.Succession> before = new ArrayList<>();
        String crosswalk = latest.get("crosswalk");
        if (!crosswalk.isBlank()) {
            read(
                    crosswalk,
                    List.of("old_province", "old_district", "old_commune_code", "old_commune", "new_commune_code"),
                    r -> before.add(new NationalRegister.Succession(
                            new RegisteredUnit(
                                    r.get("old_commune_code"),
                                    Unit.parse(r.get("old_commune")).name(),
                                    UnitNames.clean(r.get("old_commune")),
                                    UnitNames.clean(r.get("old_district")),
                                    null,
                                    UnitNames.clean(r.get("old_province")),
                                    false),
                            r.get("new_commune_code"))));
        }
        return new NationalRegister(latest.get("id"), today, before);
    }

    /** "tỉnh" + "Thái Nguyên" → "Tỉnh Thái Nguyên"; a city under the centre → "Thành phố Hà Nội". */
    static String provinceName(String kind, String name) {
        String word = UnitNames.fold(kind).startsWith("thanh pho") ? "Thành phố" : "Tỉnh";
        return word + " " + UnitNames.clean(name);
    }

    private void read(String name, List<String> required, Consumer<CSVRecord> row) {
        try (InputStream in = source.open(name);
                Reader reader = new InputStreamReader(withoutBom(in), StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            List<String> missing = required.stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("register file " + name + " lacks the column(s) " + missing
                        + "; expected " + required + ", found " + parser.getHeaderNames());
            }
            for (CSVRecord r : parser) row.accept(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read register file " + name, e);
        }
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom =
                head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) pushback.unread(head);
        return pushback;
    }
}
