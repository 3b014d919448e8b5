package vn.ruralstat.ingest;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.ruralstat.dataset.TableInfo;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.period.Period;
import vn.ruralstat.register.NationalRegister;
import vn.ruralstat.register.RegisterMatch;
import vn.ruralstat.register.RegisteredUnit;
import vn.ruralstat.sheet.TitleContext;
import vn.ruralstat.sheet.UnitMention;
import vn.ruralstat.unit.Unit;

/**
 * Matches the unit a table covers with the national register, right after its title was read:
 * a commune gets its official code and is placed under its province (data after 1 July 2025)
 * or its district (before); a province gets its code; a district of before gets its province.
 * A commune the register does not know, or cannot tell from its namesakes, is a finding naming
 * the closest register names or the candidates; the table keeps its name and no code.
 */
public final class RegisterPlacement {

    /** No register: tables keep the units their titles name, without codes (tests of reading alone). */
    public static final RegisterPlacement NONE = new RegisterPlacement(null);

    private final NationalRegister register;

    public RegisterPlacement(NationalRegister register) {
        this.register = register;
    }

    /**
     * @param title    the title rows above the table, as the resolver read them (for a province it named
     *                 above the unit's parent)
     * @param findings where a name the register does not know is said
     */
    public TableInfo place(TableInfo table, String title, SourceRef file, Consumer<Finding> findings) {
        if (register == null || table.unit() == null) return table;
        UnitMention unit = table.unit();
        UnitMention parent = table.parent();
        SourceRef where = new SourceRef(file.file(), table.sheet(), null);
        // A city under the centre ("thành phố Hà Nội") is a province, though its kind word reads as a district's.
        Optional<Unit> asProvince = unit.rank() >= 2 ? register.province(unit.describe()) : Optional.empty();
        if (asProvince.isPresent()) return table.placed(asProvince.get().code(), parent, null);
        return switch (unit.rank()) {
            case 1 -> commune(table, unit, parent, province(parent, title), where, findings);
            case 2 -> district(table, unit, parent, province(parent, title));
            default -> table;
        };
    }

    private TableInfo commune(
            TableInfo table,
            UnitMention unit,
            UnitMention parent,
            String province,
            SourceRef where,
            Consumer<Finding> findings) {
        String district =
                parent != null && parent.rank() == 2 && !parent.describe().equals(province) ? parent.name() : null;
        RegisterMatch match = register.commune(unit.describe(), province, district, Period.parse(table.period()));
        if (!match.found()) {
            findings.accept(notFound(unit.describe(), match, where));
            return table;
        }
        RegisteredUnit found = match.unit();
        if (match.outcome() == RegisterMatch.Outcome.FOUND_BY_OLD_NAME) {
            findings.accept(Finding.of(
                    FindingCode.UNIT_OLD_NAME,
                    where,
                    unit.describe(),
                    match.oldName().describe(),
                    table.period(),
                    found.fullName() + ", " + found.province(),
                    found.code()));
        }
        Unit above = found.parent();
        // Before the reform the title's own parent stays when it named one (it may be the district or the province).
        if (!found.today() && parent != null) return table.placed(found.code(), parent, null);
        return table.placed(found.code(), mention(above), above.code());
    }

    private TableInfo district(TableInfo table, UnitMention unit, UnitMention parent, String province) {
        Optional<NationalRegister.District> district = register.district(unit.describe(), province);
        if (district.isEmpty() || parent != null) {
            String parentCode = parent == null || !isProvince(parent)
                    ? null
                    : register.province(parent.describe()).map(Unit::code).orElse(null);
            return table.placed(null, parent, parentCode);
        }
        Unit above = district.get().province();
        Unit withCode = register.province(above.label()).orElse(above);
        return table.placed(null, mention(above), withCode.code());
    }

    /** The province the title names: the table's parent when it is one, else any province mentioned above. */
    private String province(UnitMention parent, String title) {
        if (parent != null && isProvince(parent)) return parent.describe();
        return TitleContext.units(title).stream()
                .filter(this::isProvince)
                .map(UnitMention::describe)
                .findFirst()
                .orElse(null);
    }

    /** A tỉnh, or a city under the centre ("thành phố Huế"), which titles name with a district's kind word. */
    private boolean isProvince(UnitMention m) {
        return m.rank() == 3 || m.rank() == 2 && register.province(m.describe()).isPresent();
    }

    private static UnitMention mention(Unit unit) {
        return new UnitMention(unit.level(), unit.name(), TitleContext.rank(unit.level()));
    }

    static Finding notFound(String written, RegisterMatch match, SourceRef where) {
        if (match.outcome() == RegisterMatch.Outcome.AMBIGUOUS) {
            String candidates =
                    match.candidates().stream().map(RegisteredUnit::describe).collect(Collectors.joining("; "));
            return Finding.of(FindingCode.UNIT_NOT_IN_REGISTER, "ambiguous", where, written, candidates);
        }
        List<String> closest = match.closest();
        return closest.isEmpty()
                ? Finding.of(FindingCode.UNIT_NOT_IN_REGISTER, "nothingClose", where, written)
                : Finding.of(FindingCode.UNIT_NOT_IN_REGISTER, "notFound", where, written, String.join("; ", closest));
    }
}
