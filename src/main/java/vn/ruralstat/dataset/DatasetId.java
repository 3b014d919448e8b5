package vn.ruralstat.dataset;

import java.util.Objects;

/**
 * Which dataset a table holds, as stored with it ("VILLAGE_POVERTY", "CRITERIA_MATRIX", …). Each
 * dataset package declares its own ids beside its reader; no list of every dataset exists, so a
 * new dataset is one package. The stored strings never change, so existing databases keep working.
 *
 * @param name the id as stored in {@code rs_source_table.dataset}
 */
public record DatasetId(String name) {

    public DatasetId {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name;
    }
}
