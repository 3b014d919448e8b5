package vn.ruralstat.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.indicators.CommuneEvaluation;

/** What the ITs read back from a run: the JSON, the workbook's cells, the evaluations by commune. */
final class JobOutputs {

    private JobOutputs() {}

    /** {@code tong-hop.json} of the output folder. */
    static JsonNode json(Path out) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(out.resolve("tong-hop.json")));
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
