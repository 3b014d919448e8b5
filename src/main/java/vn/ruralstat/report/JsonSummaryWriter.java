package vn.ruralstat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.consolidate.Consolidation;
import vn.ruralstat.output.OutputJson;

/**
 * Writes the machine-readable summary for the next level up and for multi-year reviews
 * (shape: docs/summary.schema.json). UTF-8, indented, keys in a fixed order.
 */
final class JsonSummaryWriter {

    private final JsonMapper mapper = OutputJson.mapper();

    private final SummaryDocumentAssembler assembler = new SummaryDocumentAssembler();

    /** @param files the files of the report, relative to the output folder, this one included */
    void write(Consolidation consolidation, List<String> files, OffsetDateTime generatedAt, Path target)
            throws IOException {
        SummaryDocument document = assembler.assemble(consolidation, files, generatedAt);
        try (OutputStream out = Files.newOutputStream(target)) {
            mapper.writeValue(out, document);
        } catch (JacksonException e) {
            // Jackson 3 exceptions are unchecked; the caller handles I/O failures of the report as one.
            throw new IOException("Không ghi được tệp JSON tổng hợp / could not write the JSON summary " + target, e);
        }
    }
}
