package vn.ruralstat.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.finding.FindingCode;
import vn.ruralstat.indicators.CommuneEvaluation;
import vn.ruralstat.sheet.UnitNames;

/** What the ITs read back from a run: the JSON, the workbook's cells, the evaluations by commune. */
final class JobOutputs {

    /** What a run must not say of namesake units it tells apart by their code and parent. */
    static final FindingCode[] NAMESAKE_MIX_UPS = {
        FindingCode.DUPLICATE_SUBMISSION, FindingCode.UNIT_NOT_IN_REGISTER, FindingCode.DUPLICATE_UNIT
    };

    private JobOutputs() {}

    /** {@code tong-hop.json} of the output folder. */
    static JsonNode json(Path out) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(out.resolve("tong-hop.json")));
    }

    /**
     * Codes read straight from a shipped register file ({@code src/main/resources/register/}), to check a run
     * against the data rather than against itself: of the rows {@code which} keeps, the folded name
     * {@code name} gives → the value of column {@code code}.
     */
    static Map<String, String> registerCodes(
            String file, Predicate<CSVRecord> which, Function<CSVRecord, String> name, String code) throws IOException {
        Map<String, String> codes = new HashMap<>();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/register", file), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (which.test(r)) codes.put(UnitNames.fold(name.apply(r)), r.get(code));
            }
        }
        return codes;
    }

    /** Each commune's evaluation by its name. */
    static Map<String, CommuneEvaluation> byCommune(Consolidation c) {
        return c.evaluations().stream().collect(Collectors.toMap(CommuneEvaluation::commune, e -> e));
    }

    /** Every text cell of the sheet, row by row. */
    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    /** Each row's non-blank values: text as text, numbers (and formulas' cached numbers) as doubles. */
    static List<List<Object>> rows(Sheet sheet) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<Object> values = new ArrayList<>();
            for (Cell cell : row) {
                CellType type =
                        cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                if (type == CellType.STRING && !cell.getStringCellValue().isEmpty())
                    values.add(cell.getStringCellValue());
                if (type == CellType.NUMERIC) values.add(cell.getNumericCellValue());
            }
            rows.add(values);
        }
        return rows;
    }
}
