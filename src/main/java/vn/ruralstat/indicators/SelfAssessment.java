package vn.ruralstat.indicators;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ruralstat.rulebook.Status;
import vn.ruralstat.sheet.UnitNames;

/**
 * A commune's own assessment of an indicator ("Tự đánh giá"), as officers spell it: "Đạt",
 * "ĐẠT", "đạt", "Đ", "x", "Đã đạt" are met; "Chưa đạt", "CHƯA ĐẠT", "Không đạt", "chưa", "CĐ" are
 * not met; stray spaces and punctuation around them ("Đạt.", "- Chưa đạt -", "( x )") and a level
 * in brackets ("Đạt (Tốt)") do not matter. Any other text is not read as either: it is reported,
 * never guessed.
 */
final class SelfAssessment {

    private static final Set<String> MET = Set.of("dat", "d", "x", "da dat");
    private static final Set<String> NOT_MET = Set.of("chua dat", "khong dat", "chua", "cd", "c d");
    /** A level written after the status: "Đạt (Tốt)". */
    private static final Pattern LEVEL = Pattern.compile("\\(([^()]*)\\)\\s*$");

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SelfAssessment() {}

    /** True when the cell holds nothing an officer typed as an assessment (blank, "-", "…"). */
    static boolean isBlank(String raw) {
        return words(raw).isEmpty();
    }

    /** Met or not met, as the submitter assessed it; empty when the text is no known spelling (or blank). */
    static Optional<Status> read(String raw) {
        String text = raw == null ? "" : raw;
        String folded = words(text);
        if (!MET.contains(folded) && !NOT_MET.contains(folded)) {
            folded = words(LEVEL.matcher(text.strip()).replaceFirst(""));
        }
        if (MET.contains(folded)) return Optional.of(Status.MET);
        if (NOT_MET.contains(folded)) return Optional.of(Status.NOT_MET);
        return Optional.empty();
    }

    /** Folded words only: "- Chưa  đạt." → "chua dat". */
    private static String words(String raw) {
        if (raw == null) return "";
        return NOT_LETTERS.matcher(UnitNames.fold(raw)).replaceAll(" ").strip();
    }
}
