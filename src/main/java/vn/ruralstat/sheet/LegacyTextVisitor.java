package vn.ruralstat.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Converts the text of sheets typed in a legacy Vietnamese font (TCVN3, VNI, VISCII) before
 * passing their rows on to another visitor; numbers and other cells pass untouched.
 *
 * <p>Per sheet: rows pass straight on until the first row with a text cell that may be legacy
 * text (no other row would change). From there rows are held back until there is enough evidence
 * — {@value #EVIDENCE_ROWS} rows, {@value #EVIDENCE_TEXT_CELLS} text cells, or the end of the
 * sheet — and {@link LegacyTextDecoder#decideBatch} decides one encoding for the sheet from all of
 * them (Unicode cells seen in the rows already passed count against it). The held rows and every
 * later row are then converted with that encoding. At most {@value #EVIDENCE_ROWS} rows are held.
 *
 * <p>At the end of each sheet the listener hears what was done, once: the encoding and how many
 * cells changed, or that the sheet may be legacy text but the evidence was not clear (then nothing
 * was converted), or nothing when the sheet was plain text.
 */
public final class LegacyTextVisitor implements SheetVisitor, HiddenColumnsAware, MergedCellsAware {

    static final int EVIDENCE_ROWS = 50;
    static final int EVIDENCE_TEXT_CELLS = 200;

    /** Hears, per sheet, what was done to its text; to be turned into findings. */
    public interface Listener {

        /** The sheet's text was in {@code encoding}; {@code cellsConverted} cells changed. */
        void sheetDecoded(String sheet, LegacyEncoding encoding, int cellsConverted);

        /**
         * The sheet's text may be in a legacy encoding but the evidence is not clear, so it was
         * kept; {@code firstRow} is the first row (as Excel numbers it) holding such text.
         */
        void sheetUnsure(String sheet, String note, int firstRow);
    }

    private final SheetVisitor next;
    private final Listener listener;
    private final LegacyTextDecoder decoder;

    private String sheet;
    private final List<SheetRow> held = new ArrayList<>();
    private final List<String> earlierUnicodeTexts = new ArrayList<>();
    private int heldTextCells;
    private boolean decided;
    private LegacyTextDecoder.SheetDecision decision;
    private int firstLegacyRow;
    private int converted;

    public LegacyTextVisitor(SheetVisitor next, Listener listener) {
        this(next, listener, new LegacyTextDecoder());
    }

    public LegacyTextVisitor(SheetVisitor next, Listener listener, LegacyTextDecoder decoder) {
        this.next = Objects.requireNonNull(next);
        this.listener = Objects.requireNonNull(listener);
        this.decoder = Objects.requireNonNull(decoder);
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        sheet = name;
        held.clear();
        earlierUnicodeTexts.clear();
        heldTextCells = 0;
        decided = false;
        decision = null;
        firstLegacyRow = 0;
        converted = 0;
        next.startSheet(name, hidden);
    }

    /** Passed on: hidden columns are the scanner's business. */
    @Override
    public void hiddenColumns(String sheet, java.util.List<Integer> columns) {
        if (next instanceof HiddenColumnsAware aware) aware.hiddenColumns(sheet, columns);
    }

    /** Passed on, as the hidden columns are. */
    @Override
    public void mergedCells(String sheet, java.util.List<String> ranges) {
        if (next instanceof MergedCellsAware aware) aware.mergedCells(sheet, ranges);
    }

    @Override
    public void row(SheetRow row) {
        if (decided) {
            next.row(convert(row));
        } else if (held.isEmpty() && !hasLegacyCandidate(row)) {
            rememberUnicodeTexts(row);
            next.row(row);
        } else {
            if (held.isEmpty()) firstLegacyRow = row.number();
            held.add(row);
            heldTextCells += (int)
                    row.cells().stream().filter(c -> c.kind() == Cell.Kind.TEXT).count();
            if (held.size() >= EVIDENCE_ROWS || heldTextCells >= EVIDENCE_TEXT_CELLS) decide();
        }
    }

    @Override
    public void endSheet() {
        if (!decided && !held.isEmpty()) decide();
        next.endSheet();
        if (decision != null && decision.encoding() != null) {
            listener.sheetDecoded(sheet, decision.encoding(), converted);
        } else if (decision != null && decision.unsure()) {
            listener.sheetUnsure(sheet, decision.note(), firstLegacyRow);
        }
    }

    private void decide() {
        List<String> texts = new ArrayList<>(earlierUnicodeTexts);
        for (SheetRow row : held) {
            for (Cell cell : row.cells()) {
                if (cell.kind() == Cell.Kind.TEXT) texts.add(cell.text());
            }
        }
        decision = decoder.decideBatch(texts);
        decided = true;
        earlierUnicodeTexts.clear();
        for (SheetRow row : held) next.row(convert(row));
        held.clear();
    }

    private SheetRow convert(SheetRow row) {
        if (decision == null || decision.encoding() == null) return row;
        List<Cell> cells = new ArrayList<>(row.cells().size());
        boolean changed = false;
        for (Cell cell : row.cells()) {
            Cell out = cell;
            if (cell.kind() == Cell.Kind.TEXT) {
                String text = decoder.convert(cell.text(), decision.encoding());
                if (!text.equals(cell.text())) {
                    out = Cell.text(cell.column(), text);
                    converted++;
                    changed = true;
                }
            }
            cells.add(out);
        }
        return changed ? new SheetRow(row.number(), cells, row.hidden()) : row;
    }

    private static boolean hasLegacyCandidate(SheetRow row) {
        for (Cell cell : row.cells()) {
            if (cell.kind() == Cell.Kind.TEXT && LegacyTextDecoder.isLegacyCandidate(cell.text())) return true;
        }
        return false;
    }

    /** Unicode text before the first legacy-looking row still counts as evidence for the sheet. */
    private void rememberUnicodeTexts(SheetRow row) {
        for (Cell cell : row.cells()) {
            if (earlierUnicodeTexts.size() >= EVIDENCE_TEXT_CELLS) return;
            if (cell.kind() == Cell.Kind.TEXT && !cell.text().chars().allMatch(c -> c < 0x80)) {
                earlierUnicodeTexts.add(cell.text());
            }
        }
    }
}
