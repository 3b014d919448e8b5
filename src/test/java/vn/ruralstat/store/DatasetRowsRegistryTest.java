package vn.ruralstat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ruralstat.dataset.ColumnConventions;
import vn.ruralstat.dataset.ColumnMap;
import vn.ruralstat.dataset.DatasetId;
import vn.ruralstat.dataset.DatasetReader;
import vn.ruralstat.dataset.DatasetRows;
import vn.ruralstat.dataset.RowResult;
import vn.ruralstat.dataset.RowTable;
import vn.ruralstat.dataset.StoredTable;
import vn.ruralstat.finding.SourceRef;
import vn.ruralstat.sheet.HeaderBand;
import vn.ruralstat.sheet.SheetRow;

class DatasetRowsRegistryTest {

    private static final DatasetId HOUSEHOLDS = new DatasetId("HOUSEHOLD_LIST");
    private static final DatasetId MEMBERS = new DatasetId("HOUSEHOLD_MEMBERS");

    private record Rows(DatasetId dataset, RowTable table) implements DatasetRows<String, String> {
        @Override
        public Class<String> recordType() {
            return String.class;
        }

        @Override
        public List<Object[]> rowsOf(long runId, long tableId, String record, String group) {
            return List.of();
        }

        @Override
        public List<String> read(StoredTable table) {
            return List.of();
        }
    }

    private record Reader(DatasetId dataset) implements DatasetReader {
        @Override
        public Optional<ColumnMap> recognize(HeaderBand header) {
            return Optional.empty();
        }

        @Override
        public RowResult readRow(SheetRow row, ColumnMap columns, SourceRef sheet, ColumnConventions conventions) {
            return null;
        }

        @Override
        public String unitOf(Object record) {
            return null;
        }
    }

    private static RowTable table(String name) {
        return new RowTable(name, List.of("row_num"), null, null);
    }

    @Test
    void findsEachDatasetsRowsByItsId() {
        Rows households = new Rows(HOUSEHOLDS, table("rs_household_row"));
        DatasetRowsRegistry registry = new DatasetRowsRegistry(List.of(households), List.of(new Reader(HOUSEHOLDS)));

        assertThat(registry.of(new DatasetId("HOUSEHOLD_LIST"))).isSameAs(households);
    }

    @Test
    void listsATableSharedByTwoDatasetsOnce() {
        DatasetRowsRegistry registry = new DatasetRowsRegistry(
                List.of(new Rows(HOUSEHOLDS, table("rs_household_row")), new Rows(MEMBERS, table("rs_household_row"))),
                List.of());

        assertThat(registry.tables()).extracting(RowTable::name).containsExactly("rs_household_row");
    }

    @Test
    void refusesADatasetThatIsReadButNotStored() {
        assertThatThrownBy(() -> new DatasetRowsRegistry(List.of(), List.of(new Reader(HOUSEHOLDS))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HOUSEHOLD_LIST")
                .hasMessageContaining("no DatasetRows bean");
    }

    @Test
    void refusesTwoBeansStoringOneDataset() {
        assertThatThrownBy(() -> new DatasetRowsRegistry(
                        List.of(new Rows(HOUSEHOLDS, table("a")), new Rows(HOUSEHOLDS, table("b"))), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two beans store dataset HOUSEHOLD_LIST");
    }
}
