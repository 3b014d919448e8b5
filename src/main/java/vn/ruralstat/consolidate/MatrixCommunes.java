package vn.ruralstat.consolidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ruralstat.criteria.CommuneCriteria;
import vn.ruralstat.criteria.CommuneTarget;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.UnitNames;

/**
 * The communes of a criteria matrix and of a commune target list, matched with the national register
 * in the context of their table (its province, its district before the reform, its period), as the
 * rows of poverty and indicator tables are. A matched commune is keyed by its code, so namesakes of
 * two provinces stay two communes; a name the register does not match keeps its name key, and a
 * finding at its cell says so, once per name and table.
 */
final class MatrixCommunes {

    private final CommuneCodes codes;

    MatrixCommunes(CommuneCodes codes) {
        this.codes = codes;
    }

    /** The key of a commune in a parent unit's matrix: its code's when known, else its name's. */
    static String key(String name, String code) {
        return code == null ? UnitNames.key(name) : CommuneCodes.codeKey(code, name);
    }

    /** Each commune row of matrix {@code t} with its code (null when not matched). */
    List<CommuneCriteria> matched(StoredTable t, List<CommuneCriteria> rows, List<Finding> findings) {
        Map<String, String> byName = new HashMap<>();
        return rows.stream()
                .map(c -> c.withCode(code(byName, t, c.commune(), c.source(), findings)))
                .toList();
    }

    /** Each commune of target list {@code t} with its code, put under its key (a later row of a name replaces). */
    void putTargets(StoredTable t, List<CommuneTarget> rows, Map<String, CommuneTarget> into, List<Finding> findings) {
        Map<String, String> byName = new HashMap<>();
        for (CommuneTarget target : rows) {
            String code = code(byName, t, target.commune(), target.source(), findings);
            into.put(key(target.commune(), code), target.withCode(code));
        }
    }

    /** The code of a name of table {@code t}, matched once per name (a second row of it adds no second finding). */
    private String code(
            Map<String, String> byName, StoredTable t, String name, SourceRef where, List<Finding> findings) {
        if (byName.containsKey(name)) return byName.get(name);
        String code = codes.ofRow(t, name, where, findings).code();
        byName.put(name, code);
        return code;
    }
}
