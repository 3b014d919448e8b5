package vn.ruralstat.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.ruralstat.dataset.ColumnConventions;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.RowResult;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.Labels;
import vn.ruralstat.sheet.SheetRow;
import vn.ruralstat.sheet.UnitNames;

/**
 * Recognises the register of communes: a commune column ("Xã", "Tên xã", "Đơn vị hành chính"),
 * a group column ("Nhóm", "Nhóm xã", "Phân nhóm") and/or a region column ("Vùng"), optionally
 * the parent unit ("Tỉnh", "Thành phố", "Huyện", "Đơn vị cấp trên") and notes. A header that
 * also speaks of NTM target years, criteria or poverty is another table (the commune target
 * list, a criteria matrix), and so is one with indicator codes (a commune × indicator matrix).
 *
 * <p>A group written 1, "Nhóm 2", "nhóm II" or "III" becomes the 2026-2030 key "group-1" …
 * "group-3"; a region name or its initials ("Trung du và miền núi phía Bắc", "ĐBSCL") becomes
 * the 2021-2025 region key ("tdmnpb", "dbscl"). A group, when readable, is preferred to a
 * region; anything else is kept as no key.
 */
@Component
public class CommuneRegisterReader implements DatasetReader {

    /** Communes with their group (1/2/3) or region and their parent unit. */
    public static final DatasetId DATASET = new DatasetId("COMMUNE_REGISTER");

    static final String NAME = "name";
    static final String GROUP = "group";
    static final String REGION = "region";
    static final String PARENT = "parent";
    static final String NOTE = "note";
    private static final String OTHER_TABLE = "other-table";

    private static final Pattern GROUP_VALUE =
            Pattern.compile("^(?:phan\\s+)?(?:nhom\\s*(?:xa\\s*)?)?(?:so\\s*)?" + "(1|2|3|i|ii|iii)$");
    /** Region keys of the 2021-2025 rulebook by the folded names and initials officers write. */
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("trung du va mien nui phia bac", "tdmnpb"),
            Map.entry("trung du mien nui phia bac", "tdmnpb"),
            Map.entry("mien nui phia bac", "tdmnpb"),
            Map.entry("tdmnpb", "tdmnpb"),
            Map.entry("dong bang song hong", "dbsh"),
            Map.entry("dbsh", "dbsh"),
            Map.entry("bac trung bo", "btb"),
            Map.entry("btb", "btb"),
            Map.entry("duyen hai nam trung bo", "dhntb"),
            Map.entry("nam trung bo", "dhntb"),
            Map.entry("dhntb", "dhntb"),
            Map.entry("tay nguyen", "tn"),
            Map.entry("tn", "tn"),
            Map.entry("dong nam bo", "dnb"),
            Map.entry("dnb", "dnb"),
            Map.entry("dong bang song cuu long", "dbscl"),
            Map.entry("tay nam bo", "dbscl"),
            Map.entry("dbscl", "dbscl"));

    /** A register of commune groups holds for the period of the criteria set its title names. */
    @Override
    public boolean periodOfRulebook() {
        return true;
    }

    @Override
    public DatasetId dataset() {
        return DATASET;
    }

    @Override
    public Optional<ColumnMap> recognize(HeaderBand header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.width(); c++) {
            String l = header.folded().get(c);
            if (l.isEmpty()) continue;
            String field = field(l);
            if (OTHER_TABLE.equals(field)
                    || IndicatorCodes.inHeader(header.labels().get(c)).isPresent()) {
                return Optional.empty();
            }
            if (field != null) columns.putIfAbsent(field, c);
        }
        boolean fits = columns.containsKey(NAME) && (columns.containsKey(GROUP) || columns.containsKey(REGION));
        return fits ? Optional.of(new ColumnMap(columns, columns.size())) : Optional.empty();
    }

    /** The field a folded header label names: null for none (TT, others), OTHER_TABLE for another table's words. */
    private static String field(String l) {
        // "Nhóm xã (theo Bộ tiêu chí NTM 2026-2030)" is the group: tested before the words of other tables.
        if (Labels.has(l, "nhom")) return GROUP;
        if (Labels.has(l, "vung")) return REGION;
        if (Labels.hasAny(l, "ntm", "nong thon moi", "nang cao", "kieu mau", "tieu chi", "chi tieu", "ngheo")) {
            return OTHER_TABLE;
        }
        if (Labels.hasAny(l, "stt", "tt", "so tt")) return null;
        if (Labels.hasAny(l, "cap tren", "tinh", "thanh pho", "huyen", "quan", "thuoc")) return PARENT;
        if (Labels.hasAny(l, "xa", "ten xa", "don vi hanh chinh", "don vi", "phuong", "ten don vi")) return NAME;
        return Labels.has(l, "ghi chu") ? NOTE : null;
    }

    @Override
    public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
        String nameRef = row.ref(columns.column(NAME));
        String commune = UnitNames.clean(row.text(columns.column(NAME)));
        if (commune.isEmpty()) {
            return new RowResult.Rejected(Message.of("ROW_REJECTED.communeNameMissing", nameRef), List.of());
        }
        String key = groupKey(text(row, columns.column(GROUP)))
                .orElseGet(() -> regionKey(text(row, columns.column(REGION))).orElse(null));
        String parent = text(row, columns.column(PARENT));
        return new RowResult.Used(
                new CommuneRegistration(commune, key, parent.isEmpty() ? null : parent, nameRef, row.number()),
                List.of());
    }

    private static String text(SheetRow row, Integer column) {
        return column == null ? "" : UnitNames.clean(row.text(column));
    }

    /** "1", "Nhóm 2", "nhóm xã III", "II" → "group-1" … "group-3". */
    static Optional<String> groupKey(String written) {
        Matcher m = GROUP_VALUE.matcher(Labels.fold(written));
        if (!m.matches()) return Optional.empty();
        String n = m.group(1);
        int group =
                switch (n) {
                    case "i" -> 1;
                    case "ii" -> 2;
                    case "iii" -> 3;
                    default -> Integer.parseInt(n);
                };
        return Optional.of("group-" + group);
    }

    /** "Trung du và miền núi phía Bắc", "Vùng ĐBSCL" → the 2021-2025 region key. */
    static Optional<String> regionKey(String written) {
        String folded = Labels.fold(written).replaceFirst("^(vung|khu vuc)\\s+", "");
        return Optional.ofNullable(REGIONS.get(folded));
    }

    @Override
    public String unitOf(Object record) {
        return ((CommuneRegistration) record).commune();
    }
}
