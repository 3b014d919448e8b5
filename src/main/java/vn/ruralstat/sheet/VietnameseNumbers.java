package vn.ruralstat.sheet;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers the way Vietnamese officers write them in spreadsheets: '.' groups thousands and
 * ',' marks decimals ("14.386", "4,32"), though English style ("4.32", "1,234.5") also occurs.
 * Where a separator could be read both ways, the {@link ColumnMeaning} decides and the result
 * says so ({@link ParsedNumber.Status#AMBIGUOUS}).
 */
public final class VietnameseNumbers {

    private static final Set<String> DASHES = Set.of("-", "–", "—", "−");
    private static final Pattern SPACE_BETWEEN_DIGITS =
            Pattern.compile("(?<=\\d)[\\s\\u00A0\\u2007\\u2009\\u202F]+(?=\\d)");
    private static final Pattern NUMBER_SHAPE = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)*");
    private static final Pattern YEAR_TEXT = Pattern.compile("(?:nam\\s*)?(\\d{4})\\.?");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private VietnameseNumbers() {}

    /**
     * Reads a cell as a number for a column of the given meaning.
     *
     * <table>
     *   <caption>What each cell reads as</caption>
     *   <tr><th>Cell</th><th>Column</th><th>Result</th></tr>
     *   <tr><td>blank</td><td>any</td><td>EMPTY</td></tr>
     *   <tr><td>number 0.0432 formatted as percent</td><td>PERCENT</td><td>4.32 (percent units)</td></tr>
     *   <tr><td>number 0.0432 formatted as percent</td><td>COUNT, DECIMAL</td><td>0.0432 as stored</td></tr>
     *   <tr><td>number 2024</td><td>YEAR</td><td>2024; a number that is not a whole year 1900–2100 is NOT_NUMERIC</td></tr>
     *   <tr><td>any other number</td><td>any</td><td>the number</td></tr>
     *   <tr><td>text</td><td>any</td><td>as {@link #parse(String, ColumnMeaning)}</td></tr>
     *   <tr><td>TRUE / FALSE, error (#N/A), formula without cached value</td><td>any</td><td>NOT_NUMERIC, saying why</td></tr>
     * </table>
     */
    public static ParsedNumber parse(Cell cell, ColumnMeaning meaning) {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(meaning, "meaning");
        return switch (cell.kind()) {
            case BLANK -> ParsedNumber.empty();
            case NUMBER -> fromNumberCell(cell, meaning);
            case TEXT -> parse(cell.text(), meaning);
            case BOOLEAN ->
                ParsedNumber.notNumeric(quote(cell.text()) + " là giá trị đúng/sai, không phải là số / "
                        + quote(cell.text()) + " is a TRUE/FALSE value, not a number");
            case ERROR ->
                ParsedNumber.notNumeric("ô báo lỗi " + cell.text() + ", không có số / the cell shows the error "
                        + cell.text() + ", not a number");
            case FORMULA_WITHOUT_VALUE ->
                ParsedNumber.notNumeric(
                        "công thức chưa có giá trị tính sẵn (mở tệp bằng Excel và lưu lại) / formula has no cached value"
                                + " (open the file in Excel and save it again)");
        };
    }

    /**
     * Reads text written as a number (text cells, CSV values).
     *
     * <p>First the text is trimmed; spaces between digits ("14 386"), one trailing '%' (the value
     * stays in percent units: "4,32%" is 4.32) and one trailing '.' are dropped. Then:
     *
     * <table>
     *   <caption>How separators are read</caption>
     *   <tr><th>Written</th><th>COUNT</th><th>PERCENT, DECIMAL</th></tr>
     *   <tr><td>"", blank</td><td colspan="2">EMPTY</td></tr>
     *   <tr><td>"-", "–", "—" alone</td><td colspan="2">DASH, value 0</td></tr>
     *   <tr><td>both marks: "1.234,5", "1,234.5"</td><td colspan="2">the last mark is the decimal mark: 1234.5</td></tr>
     *   <tr><td>one ',' then not 3 digits: "4,32", "0,5"</td><td colspan="2">decimal comma: 4.32, 0.5</td></tr>
     *   <tr><td>one ',' then 3 digits: "1,502"</td><td>1502, AMBIGUOUS</td><td>1.502, AMBIGUOUS</td></tr>
     *   <tr><td>two or more ',' each before 3 digits: "1,234,567"</td><td colspan="2">thousands: 1234567</td></tr>
     *   <tr><td>one '.' then not 3 digits: "4.32"</td><td colspan="2">decimal point: 4.32</td></tr>
     *   <tr><td>one '.' then 3 digits: "14.386"</td><td>14386</td><td>14.386, AMBIGUOUS</td></tr>
     *   <tr><td>two or more '.' each before 3 digits: "1.234.567"</td><td colspan="2">thousands: 1234567</td></tr>
     *   <tr><td>anything else: "abc", "1.2.3", "12a"</td><td colspan="2">NOT_NUMERIC</td></tr>
     * </table>
     *
     * <p>"Then 3 digits" applies only when 1 to 3 digits stand before the mark and the first is not
     * 0: "0,500" and "1234,567" are plain decimals. In a YEAR column only "2024", "năm 2024" or
     * "Năm 2024" (1900–2100, a trailing '.' allowed) are read; anything else there is NOT_NUMERIC.
     */
    public static ParsedNumber parse(String text, ColumnMeaning meaning) {
        Objects.requireNonNull(meaning, "meaning");
        String written = UnitNames.clean(text);
        if (written.isEmpty()) return ParsedNumber.empty();
        if (DASHES.contains(written)) return ParsedNumber.dash();
        if (meaning == ColumnMeaning.YEAR) return parseYear(written);

        String body = written;
        if (body.endsWith("%")) body = body.substring(0, body.length() - 1).trim();
        body = SPACE_BETWEEN_DIGITS.matcher(body).replaceAll("");
        if (body.endsWith(".")) body = body.substring(0, body.length() - 1);
        if (body.startsWith("−")) body = "-" + body.substring(1);
        if (!NUMBER_SHAPE.matcher(body).matches()) return notANumber(written);

        String sign = body.startsWith("-") ? "-" : "";
        String unsigned = body.startsWith("-") || body.startsWith("+") ? body.substring(1) : body;
        boolean hasDot = unsigned.indexOf('.') >= 0;
        boolean hasComma = unsigned.indexOf(',') >= 0;
        if (!hasDot && !hasComma) return ParsedNumber.number(decimal(sign, unsigned, ""));
        if (hasDot && hasComma) return withBothMarks(written, sign, unsigned);
        return withOneKindOfMark(written, sign, unsigned, hasComma ? ',' : '.', meaning);
    }

    private static ParsedNumber fromNumberCell(Cell cell, ColumnMeaning meaning) {
        double value = cell.number();
        if (meaning == ColumnMeaning.PERCENT && cell.percentStyle()) {
            // Excel stores 4.32 % as 0.0432; shift the decimal digits rather than multiply, so 4.32 stays 4.32.
            return ParsedNumber.number(
                    BigDecimal.valueOf(value).movePointRight(2).doubleValue());
        }
        if (meaning == ColumnMeaning.YEAR && !isYear(value)) return notAYear(cell.text());
        return ParsedNumber.number(value);
    }

    private static ParsedNumber parseYear(String written) {
        Matcher m = YEAR_TEXT.matcher(UnitNames.fold(written));
        if (!m.matches()) return notAYear(written);
        int year = Integer.parseInt(m.group(1));
        return isYear(year) ? ParsedNumber.number(year) : notAYear(written);
    }

    private static boolean isYear(double value) {
        return value == Math.rint(value) && value >= FIRST_YEAR && value <= LAST_YEAR;
    }

    private static ParsedNumber withBothMarks(String written, String sign, String unsigned) {
        int lastDot = unsigned.lastIndexOf('.');
        int lastComma = unsigned.lastIndexOf(',');
        char decimalMark = lastDot > lastComma ? '.' : ',';
        char groupMark = decimalMark == '.' ? ',' : '.';
        int mark = Math.max(lastDot, lastComma);
        String whole = unsigned.substring(0, mark);
        String fraction = unsigned.substring(mark + 1);
        if (whole.indexOf(decimalMark) >= 0 || !isGrouped(whole, groupMark)) return notANumber(written);
        return ParsedNumber.number(decimal(sign, whole.replace(String.valueOf(groupMark), ""), fraction));
    }

    private static ParsedNumber withOneKindOfMark(
            String written, String sign, String unsigned, char mark, ColumnMeaning meaning) {
        int first = unsigned.indexOf(mark);
        if (first != unsigned.lastIndexOf(mark)) {
            if (!isGrouped(unsigned, mark)) return notANumber(written);
            return ParsedNumber.number(decimal(sign, unsigned.replace(String.valueOf(mark), ""), ""));
        }
        String whole = unsigned.substring(0, first);
        String fraction = unsigned.substring(first + 1);
        double asDecimal = decimal(sign, whole, fraction);
        boolean couldBeThousands = fraction.length() == 3 && whole.length() <= 3 && whole.charAt(0) != '0';
        if (!couldBeThousands) return ParsedNumber.number(asDecimal);

        double asThousands = decimal(sign, whole + fraction, "");
        boolean count = meaning == ColumnMeaning.COUNT;
        if (mark == '.' && count) {
            // Vietnamese style, and a count cannot hold decimals: "14.386" households is 14386.
            return ParsedNumber.number(asThousands);
        }
        String markVi = mark == ',' ? "dấu phẩy" : "dấu chấm";
        String markEn = mark == ',' ? "the comma" : "the dot";
        String thousands = NumberText.plain(asThousands);
        String decimalVi = sign + whole + " phẩy " + fraction;
        String decimalEn = NumberText.plain(asDecimal);
        String message = quote(written) + ": " + markVi + " có thể tách hàng nghìn (" + thousands
                + ") hoặc là dấu thập phân (" + decimalVi + "); "
                + (count ? "cột số đếm nên đọc là " + thousands : "cột tỷ lệ/số đo nên đọc là " + decimalVi)
                + " / " + quote(written) + ": " + markEn + " may separate thousands (" + thousands
                + ") or mark decimals (" + decimalEn + "); read as "
                + (count
                        ? thousands + " because the column holds counts"
                        : decimalEn + " because the column holds rates or measures");
        return ParsedNumber.ambiguous(count ? asThousands : asDecimal, message);
    }

    /** True when {@code digits} is "1" to "999" followed by groups of exactly three digits after each mark. */
    private static boolean isGrouped(String digits, char mark) {
        String[] groups = digits.split(Pattern.quote(String.valueOf(mark)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) return false;
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) return false;
        }
        return true;
    }

    private static double decimal(String sign, String whole, String fraction) {
        return new BigDecimal(sign + whole + (fraction.isEmpty() ? "" : "." + fraction)).doubleValue();
    }

    private static ParsedNumber notANumber(String written) {
        return ParsedNumber.notNumeric(quote(written) + " không phải là số / " + quote(written) + " is not a number");
    }

    private static ParsedNumber notAYear(String written) {
        return ParsedNumber.notNumeric(quote(written) + " không phải là năm (" + FIRST_YEAR + "–" + LAST_YEAR + ") / "
                + quote(written) + " is not a year (" + FIRST_YEAR + "–" + LAST_YEAR + ")");
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
