package vn.ruralstat.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The text lines of a sheet above a table, each sorted by what it is on a form ({@link
 * FormFurniture}), so that the unit and the period are taken only from the lines that may name
 * them. Bounded: only the last {@value #KEEP} lines are kept.
 *
 * <p>Under a signature block or a "Nơi nhận" list, a person's name and the list's lines are
 * dropped: a signer or an addressee never names the unit.
 */
public final class FormLines {

    /** One cell's text and what it is. */
    public record Line(FormFurniture.Kind kind, String text) {}

    static final int KEEP = 40;

    private final List<Line> lines = new ArrayList<>();
    private boolean signed;

    /**
     * Adds the text cells of a row, left to right. A label alone in its cell ("Đơn vị báo cáo:")
     * is read with the text in the next cell ("UBND xã Bằng Vân"), as one line.
     */
    public void add(SheetRow row) {
        String label = null;
        for (Cell cell : row.cells()) {
            if (cell.kind() != Cell.Kind.TEXT || cell.isBlank()) continue;
            String text = cell.text();
            if (label != null) {
                add(label + " " + text);
                label = null;
            } else if (LABELS.contains(Labels.fold(text)) && text.strip().endsWith(":")) {
                label = text.strip();
            } else {
                add(text);
            }
        }
        if (label != null) add(label);
    }

    /** Form labels whose value officers often type in the next cell. */
    private static final java.util.Set<String> LABELS =
            java.util.Set.of("don vi bao cao", "don vi nhan bao cao", "ky bao cao", "don vi tinh", "so");

    /** Adds one line of text. */
    public void add(String text) {
        if (text == null || text.isBlank()) return;
        FormFurniture.Kind kind = FormFurniture.of(text);
        switch (kind) {
            case SIGNATURE, RECIPIENTS, RECIPIENT -> signed = true;
            case NONE -> {
                // Under a signature, names are often typed in capitals too ("NGUYỄN VĂN AN").
                if (FormFurniture.personName(text, signed)) return;
                signed = false;
            }
            default -> {}
        }
        lines.add(new Line(kind, text));
        if (lines.size() > KEEP) lines.subList(0, lines.size() - KEEP).clear();
    }

    public void clear() {
        lines.clear();
        signed = false;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The lines that may name the unit, joined with "; " (titles, issuing body, "Đơn vị báo cáo", "Kèm theo"). */
    public String unitText() {
        return joined(l -> l.kind().namesUnit());
    }

    /** "Đơn vị nhận báo cáo: …" lines: the unit a report goes to, the parent of the one sending it. */
    public String receivingText() {
        return joined(l -> l.kind() == FormFurniture.Kind.RECEIVING_UNIT);
    }

    /**
     * The title lines that may name the period, joined with "; ", without the names of standards
     * and legal documents. Not "Số", the date line, "Kèm theo" (a document's date) nor the
     * furniture.
     */
    public String titleText() {
        List<String> texts = new ArrayList<>();
        for (Line l : lines) {
            if (l.kind() == FormFurniture.Kind.NONE || l.kind() == FormFurniture.Kind.ISSUING_BODY) {
                texts.add(FormFurniture.withoutNamedDocuments(l.text()));
            }
        }
        return String.join("; ", texts);
    }

    /** As {@link #titleText()}, keeping the names of standards and rulebooks (for a dataset whose period is a rulebook's). */
    public String titleTextWithNamedDocuments() {
        return joined(l -> l.kind() == FormFurniture.Kind.NONE || l.kind() == FormFurniture.Kind.ISSUING_BODY);
    }

    /** The last "Kỳ báo cáo: …" line, if any. */
    public Optional<String> reportingPeriod() {
        return last(FormFurniture.Kind.REPORTING_PERIOD);
    }

    /** The last date line ("Ngân Sơn, ngày 05 tháng 01 năm 2026"), if any. */
    public Optional<String> dateLine() {
        return last(FormFurniture.Kind.DATE_LINE);
    }

    /** All kept lines joined with "; ", as the title was passed before the lines were told apart. */
    @Override
    public String toString() {
        return joined(l -> true);
    }

    /** Lines split from a title joined with "; ". */
    public static FormLines of(String joinedTitle) {
        FormLines form = new FormLines();
        if (joinedTitle != null) {
            for (String part : joinedTitle.split("; ")) form.add(part);
        }
        return form;
    }

    private Optional<String> last(FormFurniture.Kind kind) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).kind() == kind) return Optional.of(lines.get(i).text());
        }
        return Optional.empty();
    }

    private String joined(Predicate<Line> test) {
        return String.join("; ", lines.stream().filter(test).map(Line::text).toList());
    }
}
