package vn.ruralstat.consolidate;

import java.util.List;
import java.util.stream.Collectors;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.period.Period;
import vn.ruralstat.register.NationalRegister;
import vn.ruralstat.register.RegisterMatch;
import vn.ruralstat.register.RegisteredUnit;
import vn.ruralstat.sheet.TitleContext;
import vn.ruralstat.sheet.UnitNames;
import vn.ruralstat.unit.Unit;

/**
 * The communes a province's or district's table lists as its rows (or headings), matched with the
 * national register in the context of that table: its province, its district before the reform,
 * its period. A commune is then keyed by its code, so namesakes of two provinces stay two units;
 * a name the register does not match keeps its name key, and a finding says so.
 */
final class CommuneCodes {

    /**
     * A commune of a table's rows: its key in the run's maps, its code and parent when matched, and
     * for a commune of before 1/7/2025 the province of its district (null otherwise).
     */
    record Identity(String key, String code, Unit parent, String parentCode, Unit province) {

        /** Keyed by name: the register did not match it. */
        static Identity unmatched(String name) {
            return new Identity(UnitNames.key(name), null, null, null, null);
        }
    }

    private final NationalRegister register;

    CommuneCodes(NationalRegister register) {
        this.register = register;
    }

    /**
     * The key of a commune known by its code, apart from every name key. The name stays in it: a
     * commune that kept its code through the reform (01954: thị trấn Vân Tùng before, xã Ngân Sơn
     * after) is another unit under each name.
     */
    static String codeKey(String code, String name) {
        return "#" + code + " " + UnitNames.key(name);
    }

    /** The identity of a table's own commune (a village table): its code from ingest, else its name. */
    static Identity ofTable(StoredTable t) {
        if (t.unitCode() == null) return Identity.unmatched(t.unitOrFile());
        Unit parent = t.parentName() == null ? null : new Unit(t.parentLevel(), t.parentName(), t.parentCode());
        return new Identity(codeKey(t.unitCode(), t.unitName()), t.unitCode(), parent, t.parentCode(), null);
    }

    /**
     * A commune named in a row or heading of table {@code t}; a name the register does not match,
     * or cannot tell from its namesakes, adds a finding at {@code where}.
     */
    Identity ofRow(StoredTable t, String written, SourceRef where, List<Finding> findings) {
        String province = levelName(t, 3);
        String district = levelName(t, 2);
        RegisterMatch match = register.commune(written, province, district, Period.parse(t.period()));
        if (!match.found()) {
            findings.add(notMatched(written, match, where));
            return Identity.unmatched(written);
        }
        RegisteredUnit u = match.unit();
        if (match.outcome() == RegisterMatch.Outcome.FOUND_BY_OLD_NAME) {
            findings.add(Finding.of(
                    FindingCode.UNIT_OLD_NAME,
                    where,
                    written,
                    match.oldName().describe(),
                    t.period(),
                    u.fullName() + ", " + u.province(),
                    u.code()));
        }
        Unit parent = u.parent();
        return new Identity(
                codeKey(u.code(), written), u.code(), parent, parent.code(), u.today() ? null : u.provinceUnit());
    }

    /**
     * The name of the table's unit or parent at a level (3 a province, 2 a district), or null. A city
     * under the centre ("thành phố Hà Nội") is a province, though its kind word reads as a district's.
     */
    private String levelName(StoredTable t, int rank) {
        for (Unit u :
                List.of(new Unit(t.unitLevel(), t.unitName(), null), new Unit(t.parentLevel(), t.parentName(), null))) {
            if (u.level() == null || u.name().isEmpty()) continue;
            boolean province = TitleContext.rank(u.level()) == 3
                    || register.province(u.label()).isPresent();
            if (rank == 3 ? province : !province && TitleContext.rank(u.level()) == 2) return u.label();
        }
        return null;
    }

    private static Finding notMatched(String written, RegisterMatch match, SourceRef where) {
        if (match.outcome() == RegisterMatch.Outcome.AMBIGUOUS) {
            return Finding.of(
                    FindingCode.UNIT_NOT_IN_REGISTER,
                    "ambiguous",
                    where,
                    written,
                    match.candidates().stream().map(RegisteredUnit::describe).collect(Collectors.joining("; ")));
        }
        return match.closest().isEmpty()
                ? Finding.of(FindingCode.UNIT_NOT_IN_REGISTER, "nothingClose", where, written)
                : Finding.of(
                        FindingCode.UNIT_NOT_IN_REGISTER,
                        "notFound",
                        where,
                        written,
                        String.join("; ", match.closest()));
    }
}
