package vn.ruralstat.indicators;

import java.util.List;

/** A row of a commune × indicator table: one commune and the indicators written on its row. */
public record CommuneIndicatorRow(String commune, List<IndicatorEntry> entries, int row) {

    public CommuneIndicatorRow {
        entries = List.copyOf(entries);
    }
}
