package vn.ruralstat.rulebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares reported values with a rulebook's targets. Pure: no I/O, no state.
 *
 * <p>A pass/fail target takes a status (Đạt / Chưa đạt); a numeric target takes a number and
 * gives a {@link Gap}. A status reported for a numeric target is taken as the reporter's own
 * assessment and the reason says there was no figure to check. A missing or unreadable value and
 * an unknown or unreadable target are never guessed: the verdict is not assessable and says which.
 */
public final class IndicatorEvaluator {

    /** Rating words in rising order, for "Đạt (Tốt)": a higher level meets a lower requirement. */
    private static final List<String> LEVELS = List.of("yeu", "trung binh", "kha", "tot", "xuat sac");

    private IndicatorEvaluator() {}

    /** The verdict of {@code indicator} for a commune of {@code key} ("group-1", a region, "*") reporting {@code value}. */
    public static Verdict evaluate(Indicator indicator, String key, IndicatorValue value) {
        String code = indicator.code();
        Target target = indicator.targetFor(key);
        if (target.isUnset()) {
            if (Target.GENERAL_KEY.equals(key)) {
                return notAssessable(
                        code,
                        key,
                        Verdict.Cause.GROUP_UNKNOWN,
                        code + ": chưa rõ nhóm (vùng) của xã nên chưa có chỉ tiêu để so; không đánh giá",
                        code + ": the commune's group (region) is unknown, so no target applies; not assessed");
            }
            String why = target.source().isEmpty() ? "" : " (" + target.source() + ")";
            return notAssessable(
                    code,
                    key,
                    Verdict.Cause.TARGET_UNKNOWN,
                    code + ": bộ tiêu chí chưa có chỉ tiêu cho " + keyVi(key) + why + "; không đánh giá",
                    code + ": no target in the rulebook for " + key + why + "; not assessed");
        }
        if (!target.isKnown()) {
            return notAssessable(
                    code,
                    key,
                    Verdict.Cause.TARGET_UNREADABLE,
                    code + ": không đọc được chỉ tiêu '" + target.publishedText() + "'; không đánh giá",
                    code + ": target text '" + target.publishedText() + "' could not be read; not assessed");
        }
        String shown = target.displayVi();
        switch (value.kind()) {
            case MISSING -> {
                return notAssessable(
                        code,
                        key,
                        Verdict.Cause.VALUE_MISSING,
                        code + ": chưa có số liệu báo cáo (chỉ tiêu " + shown + ")",
                        code + ": no value reported (target " + target.displayEn() + ")");
            }
            case ASSESSMENT_ONLY -> {
                return notAssessable(
                        code,
                        key,
                        Verdict.Cause.ASSESSMENT_WITHOUT_VALUE,
                        code + ": chỉ có tự đánh giá '" + value.rawText()
                                + "', ô giá trị để trống; không kiểm tra được (chỉ tiêu " + shown + ")",
                        code + ": only the self-assessment '" + value.rawText()
                                + "' was written, the value cell is empty; cannot be checked (target "
                                + target.displayEn() + ")");
            }
            case UNREADABLE -> {
                return notAssessable(
                        code,
                        key,
                        Verdict.Cause.VALUE_UNREADABLE,
                        code + ": không đọc được giá trị '" + value.rawText() + "'; cần một số hoặc Đạt/Chưa đạt",
                        code + ": value '" + value.rawText() + "' is neither a number nor Đạt/Chưa đạt");
            }
            default -> {}
        }
        if (target.comparison() == Comparison.PASS_FAIL) return passFail(code, key, target, value);
        if (value.kind() == IndicatorValue.Kind.STATUS) {
            Status s = value.status();
            return new Verdict(
                    code,
                    key,
                    s,
                    null,
                    code + ": báo cáo '" + value.rawText() + "' không kèm số liệu; chỉ tiêu " + shown
                            + " — theo đánh giá của đơn vị: " + s.vi().toLowerCase(Locale.ROOT),
                    code + ": reported '" + value.rawText() + "' without a figure; target " + target.displayEn()
                            + " — taken as the reporter's assessment: " + s.en(),
                    null);
        }
        Gap gap = gap(code, target, value.number());
        Status status = gap.isMet() ? Status.MET : Status.NOT_MET;
        return new Verdict(code, key, status, null, gap.phraseVi(), gap.phraseEn(), gap);
    }

    /** The verdict of a criterion: met when all its indicators are met, not met when any is not met. */
    public static CriterionVerdict evaluate(Criterion criterion, String key, Map<String, IndicatorValue> values) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Indicator i : criterion.indicators()) {
            verdicts.add(evaluate(i, key, values.getOrDefault(i.code(), IndicatorValue.missing())));
        }
        List<String> notMet = codes(verdicts, Status.NOT_MET);
        List<String> open = codes(verdicts, Status.NOT_ASSESSABLE);
        long met = verdicts.size() - notMet.size() - open.size();
        Status status = !notMet.isEmpty() ? Status.NOT_MET : open.isEmpty() ? Status.MET : Status.NOT_ASSESSABLE;
        String vi = "Tiêu chí " + criterion.code() + ": " + met + "/" + verdicts.size() + " chỉ tiêu đạt"
                + (notMet.isEmpty() ? "" : "; chưa đạt: " + String.join(", ", notMet))
                + (open.isEmpty() ? "" : "; chưa đánh giá được: " + String.join(", ", open));
        String en = "Criterion " + criterion.code() + ": " + met + " of " + verdicts.size() + " indicators met"
                + (notMet.isEmpty() ? "" : "; not met: " + String.join(", ", notMet))
                + (open.isEmpty() ? "" : "; not assessable: " + String.join(", ", open));
        return new CriterionVerdict(criterion.code(), status, verdicts, vi, en);
    }

    private static Verdict passFail(String code, String key, Target target, IndicatorValue value) {
        String shown = target.displayVi();
        if (value.kind() == IndicatorValue.Kind.NUMBER) {
            return notAssessable(
                    code,
                    key,
                    Verdict.Cause.VALUE_DOES_NOT_FIT,
                    code + ": báo cáo số " + value.rawText() + " nhưng chỉ tiêu là '" + shown + "'; cần Đạt/Chưa đạt",
                    code + ": reported the figure " + value.rawText() + " but the target is '" + shown
                            + "'; expected Đạt/Chưa đạt");
        }
        if (value.status() == Status.MET && target.level() != null && value.level() != null) {
            int required = LEVELS.indexOf(PublishedText.fold(target.level()));
            int reported = LEVELS.indexOf(PublishedText.fold(value.level()));
            if (required < 0 || reported < 0) {
                return notAssessable(
                        code,
                        key,
                        Verdict.Cause.VALUE_DOES_NOT_FIT,
                        code + ": không so được mức '" + value.level() + "' với mức yêu cầu '" + target.level() + "'",
                        code + ": level '" + value.level() + "' cannot be compared with the required '" + target.level()
                                + "'");
            }
            if (reported < required) {
                return new Verdict(
                        code,
                        key,
                        Status.NOT_MET,
                        null,
                        code + ": báo cáo '" + value.rawText() + "', chỉ tiêu '" + shown + "': mức " + value.level()
                                + " thấp hơn mức " + target.level() + " → chưa đạt",
                        code + ": reported '" + value.rawText() + "', target '" + shown + "': level " + value.level()
                                + " is below " + target.level() + " → not met",
                        null);
            }
        }
        Status s = value.status();
        String unstated = s == Status.MET && target.level() != null && value.level() == null
                ? " (mức " + target.level() + " không ghi, coi như theo đánh giá của đơn vị)"
                : "";
        String unstatedEn = unstated.isEmpty()
                ? ""
                : " (level " + target.level() + " not stated; taken as the reporter's assessment)";
        return new Verdict(
                code,
                key,
                s,
                null,
                code + ": báo cáo '" + value.rawText() + "', chỉ tiêu '" + shown + "' → "
                        + s.vi().toLowerCase(Locale.ROOT) + unstated,
                code + ": reported '" + value.rawText() + "', target '" + shown + "' → " + s.en() + unstatedEn,
                null);
    }

    /**
     * The distance from {@code value} to the target: below a floor (≥, count, range, exact) by
     * floor − value; above a ceiling (≤, range, exact) by value − ceiling; otherwise 0.
     */
    static Gap gap(String code, Target t, BigDecimal value) {
        BigDecimal low = t.value();
        BigDecimal high =
                switch (t.comparison()) {
                    case AT_MOST, EXACTLY -> t.value();
                    case RANGE -> t.upperValue();
                    default -> null;
                };
        boolean hasFloor = t.comparison() != Comparison.AT_MOST;
        Gap.Direction direction = Gap.Direction.NONE;
        BigDecimal distance = BigDecimal.ZERO;
        if (hasFloor && value.compareTo(low) < 0) {
            direction = Gap.Direction.RAISE;
            distance = low.subtract(value);
        } else if (high != null && value.compareTo(high) > 0) {
            direction = Gap.Direction.LOWER;
            distance = value.subtract(high);
        }
        String unit = t.unit();
        String head =
                code + ": " + PublishedText.withUnit(PublishedText.vi(value), unit) + " → " + t.displayVi() + ", ";
        String headEn =
                code + ": " + PublishedText.withUnit(PublishedText.en(value), unit) + " → " + t.displayEn() + ", ";
        String vi =
                switch (direction) {
                    case NONE -> "đạt";
                    case RAISE -> "thiếu " + amountVi(distance, unit);
                    case LOWER -> "vượt " + amountVi(distance, unit);
                };
        String en =
                switch (direction) {
                    case NONE -> "met";
                    case RAISE -> amountEn(distance, unit) + " short";
                    case LOWER -> amountEn(distance, unit) + " over";
                };
        return new Gap(value, distance, direction, unit, head + vi, headEn + en);
    }

    /** "5 điểm %", "1,5 điểm %/năm", "1 mô hình", "1". */
    private static String amountVi(BigDecimal d, String unit) {
        if (unit.startsWith("%")) return PublishedText.vi(d) + " điểm " + unit;
        return PublishedText.withUnit(PublishedText.vi(d), unit);
    }

    /** "5 percentage points", "1.5 percentage points a year", "1 mô hình", "1". */
    private static String amountEn(BigDecimal d, String unit) {
        if (unit.equals("%")) return PublishedText.en(d) + " percentage points";
        if (unit.equals("%/năm")) return PublishedText.en(d) + " percentage points a year";
        return PublishedText.withUnit(PublishedText.en(d), unit);
    }

    /** "group-2" → "nhóm 2"; a region or area key as it is. */
    static String keyVi(String key) {
        return key != null && key.startsWith("group-") ? "nhóm " + key.substring("group-".length()) : key;
    }

    private static List<String> codes(List<Verdict> verdicts, Status status) {
        return verdicts.stream()
                .filter(v -> v.status() == status)
                .map(Verdict::indicator)
                .toList();
    }

    private static Verdict notAssessable(String code, String key, Verdict.Cause cause, String vi, String en) {
        return new Verdict(code, key, Status.NOT_ASSESSABLE, cause, vi, en, null);
    }
}
