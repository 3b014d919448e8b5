package vn.ruralstat.rulebook;

import java.util.List;
import java.util.function.Predicate;

/**
 * How a criterion appears as a column of a criteria matrix form (the "x / Đạt / year" matrix of
 * 2021-2025 or 2026-2030): the name outputs show, the header the forms print, and the header words that
 * recognise its column. Kept in the rulebook so that no code repeats the criteria.
 *
 * @param shownName   the name the outputs show (the seed plans' spelling)
 * @param formHeader  the header as the seed matrix forms write it, abbreviations included ("Thủy lợi và PCTT")
 * @param headerWords folded header words, tried in order; {@code "co so+van hoa"} needs all its parts
 */
public record CriterionColumn(String shownName, String formHeader, List<String> headerWords) {

    public CriterionColumn {
        headerWords = List.copyOf(headerWords);
    }

    /** The first single word (no {@code +}) of this column that the folded label holds, or null. */
    public String wordIn(Predicate<String> labelHas) {
        return headerWords.stream()
                .filter(w -> !w.contains("+"))
                .filter(labelHas)
                .findFirst()
                .orElse(null);
    }

    /**
     * Whether a combined word ("co so+van hoa") of this column has all its parts in the label and
     * one of them is {@code word}: such a header is this criterion's even when {@code word} alone
     * names another ("Văn hóa" is criterion 16, "Cơ sở … văn hóa" criterion 6).
     */
    public boolean claims(String word, Predicate<String> labelHas) {
        return headerWords.stream()
                .filter(w -> w.contains("+"))
                .map(w -> List.of(w.split("\\+")))
                .anyMatch(parts -> parts.contains(word) && parts.stream().allMatch(labelHas));
    }
}
