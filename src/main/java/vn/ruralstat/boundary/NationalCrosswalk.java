package vn.ruralstat.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.UnitNames;

/**
 * The national crosswalk of 1 July 2025 shipped as data ({@value #RESOURCE}, provenance in
 * docs/review.md): every commune-level unit of the 63 provinces before the reorganisation, with its
 * district, province and official code, and the commune(s) of the 34 provinces it became. Read
 * once per process, streamed row by row into boundary changes; a register update is a new data
 * file, not a code change.
 *
 * <p>A commune divided between several new communes has one row per new commune and no shares: its
 * lines carry no share ({@link BoundaryChange#withoutShare()}), and only an office's crosswalk with
 * the shares restates it.
 */
final class NationalCrosswalk {

    static final String RESOURCE = "register/crosswalk-2025-07-01.csv";
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    static final String SOURCE = "tranngocminhhieu/vietnamadminunits, convert_legacy_2025_simple.csv"
            + " (danh mục đơn vị hành chính của Cục Thống kê 18/7/2025; MIT)";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private static volatile List<BoundaryChange> lines;

    private NationalCrosswalk() {}

    /** The lines of the national crosswalk, read on first use. */
    static List<BoundaryChange> lines() {
        List<BoundaryChange> read = lines;
        if (read == null) {
            synchronized (NationalCrosswalk.class) {
                read = lines;
                if (read == null) {
                    read = List.copyOf(readResource());
                    lines = read;
                }
            }
        }
        return read;
    }

    private static List<BoundaryChange> readResource() {
        InputStream in = NationalCrosswalk.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new CrosswalkException(RESOURCE, Message.of("crosswalk.notOnClasspath"));
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /** The rows of one file in the national crosswalk's format, as boundary changes. */
    static List<BoundaryChange> read(Reader reader, String file) throws IOException {
        List<BoundaryChange> changes = new ArrayList<>(11_000);
        // District, province and legal-basis texts repeat thousands of times: one instance each.
        Map<String, String> shared = new HashMap<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord r : parser) {
                String where = file + ":" + parser.getCurrentLineNumber();
                String province = shared.computeIfAbsent(r.get("old_province"), NationalCrosswalk::parentName);
                String district = shared.computeIfAbsent(r.get("old_district"), NationalCrosswalk::parentName);
                String newProvince = shared.computeIfAbsent(r.get("new_province"), NationalCrosswalk::parentName);
                String commune = UnitNames.clean(r.get("old_commune"));
                // An island district without communes became a special zone: the district is the unit.
                boolean districtItself = commune.isEmpty();
                boolean divided = "có".equals(UnitNames.clean(r.get("old_commune_divided")));
                changes.add(new BoundaryChange(
                        EFFECTIVE,
                        districtItself ? UnitNames.withoutKind(district) : commune,
                        districtItself ? province : district,
                        UnitNames.clean(r.get("new_commune")),
                        newProvince,
                        divided ? Double.NaN : 1.0,
                        "secondary",
                        shared.computeIfAbsent(
                                "basis " + newProvince,
                                k -> "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của "
                                        + newProvince + " năm 2025"),
                        SOURCE,
                        divided ? "xã được chia cho nhiều xã mới; nguồn không có tỷ lệ chia" : "",
                        where,
                        districtItself ? "" : province,
                        r.get("old_commune_code").strip(),
                        r.get("new_commune_code").strip()));
            }
        }
        return changes;
    }

    /** "Huyện Ngân Sơn" as the project writes a parent inside a sentence: "huyện Ngân Sơn". */
    static String parentName(String name) {
        String shown = UnitNames.clean(name);
        String bare = UnitNames.withoutKind(shown);
        if (bare.length() == shown.length()) return shown;
        String kind = shown.substring(0, shown.length() - bare.length());
        return kind.toLowerCase(java.util.Locale.forLanguageTag("vi")) + bare;
    }
}
