package vn.ruralstat.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import vn.ruralstat.message.Message;
import vn.ruralstat.register.RegisterLoader;
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

    private static final String FILE = "crosswalk-2025-07-01.csv";
    static final String RESOURCE = RegisterLoader.CLASSPATH_FOLDER + FILE;
    private static final List<String> COLUMNS = List.of(
            "old_province",
            "old_district",
            "old_commune_code",
            "old_commune",
            "new_province",
            "new_commune_code",
            "new_commune",
            "old_commune_divided");
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    static final String SOURCE = "tranngocminhhieu/vietnamadminunits, convert_legacy_2025_simple.csv"
            + " (danh mục đơn vị hành chính của Cục Thống kê 18/7/2025; MIT)";

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
        if (NationalCrosswalk.class.getClassLoader().getResource(RESOURCE) == null) {
            throw new CrosswalkException(RESOURCE, Message.of("crosswalk.notOnClasspath"));
        }
        List<BoundaryChange> changes = new ArrayList<>(11_000);
        // District, province and legal-basis texts repeat thousands of times: one instance each.
        Map<String, String> shared = new HashMap<>();
        // The register reads its own files; the file has no blank lines or quoted line breaks, so the
        // record number + 1 (the header) is the line number.
        RegisterLoader.readShipped(
                FILE, COLUMNS, r -> changes.add(change(r, RESOURCE + ":" + (r.getRecordNumber() + 1), shared)));
        return changes;
    }

    /** One row of the national crosswalk as a boundary change. */
    private static BoundaryChange change(CSVRecord r, String where, Map<String, String> shared) {
        String province = shared.computeIfAbsent(r.get("old_province"), NationalCrosswalk::parentName);
        String district = shared.computeIfAbsent(r.get("old_district"), NationalCrosswalk::parentName);
        String newProvince = shared.computeIfAbsent(r.get("new_province"), NationalCrosswalk::parentName);
        String commune = UnitNames.clean(r.get("old_commune"));
        // An island district without communes became a special zone: the district is the unit.
        boolean districtItself = commune.isEmpty();
        boolean divided = "có".equals(UnitNames.clean(r.get("old_commune_divided")));
        return new BoundaryChange(
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
                r.get("new_commune_code").strip());
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
