package vn.ruralstat.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.boundary.BoundaryChange;
import vn.ruralstat.output.OutputJson;

/**
 * The machine-readable review for the next level up (shape: docs/review.schema.json). Counts are
 * restated on today's units and may be fractional after a split; rates are percentages.
 */
final class ReviewJsonWriter {

    static final String SCHEMA_VERSION = "1.0";

    private final JsonMapper mapper = OutputJson.mapper();

    record Document(
            String schema,
            String schemaVersion,
            String generatedAt,
            String unit,
            int from,
            int to,
            String unitsOn,
            List<String> units,
            List<Review.YearFigures> years,
            List<UnitYear> unitYears,
            List<Review.CommuneYear> communes,
            List<Gap> gaps,
            List<CommunePlan> communePlans,
            List<Review.SeriesBreak> breaks,
            List<Change> boundaryChanges,
            List<String> notes,
            List<String> sourceFiles,
            List<String> files) {}

    record UnitYear(
            String unit,
            int year,
            double households,
            double poor,
            double nearPoor,
            Double poorRate,
            Double nearPoorRate,
            Integer previousYear,
            Double poorRateChange,
            List<String> restatedFrom,
            List<String> missing) {}

    record CommunePlan(
            String commune, String todayUnit, int year, int planned, Integer achieved, Integer gap, Integer ntmYear) {}

    record Gap(String kind, int year, double planned, Double achieved, Double gap, String basis) {}

    record Change(
            String effectiveDate,
            String oldUnit,
            String oldParent,
            String newUnit,
            String newParent,
            double share,
            String confidence,
            String legalBasis,
            String source,
            String oldCode,
            String newCode) {}

    void write(Review r, List<String> files, OffsetDateTime generatedAt, Path target) throws IOException {
        Document document = new Document(
                "ruralstat-review",
                SCHEMA_VERSION,
                generatedAt.toString(),
                r.unit(),
                r.from(),
                r.to(),
                r.unitsOn().toString(),
                r.units(),
                r.years(),
                r.unitYears().stream()
                        .map(u -> new UnitYear(
                                u.unit(),
                                u.year(),
                                u.households(),
                                u.poor(),
                                u.nearPoor(),
                                u.poorRate(),
                                u.nearPoorRate(),
                                r.before(u) == null ? null : r.before(u).year(),
                                r.poorRateChange(u),
                                u.from(),
                                u.missing()))
                        .toList(),
                r.communes(),
                r.gaps().stream()
                        .map(g -> new Gap(g.kind().name(), g.year(), g.planned(), g.achieved(), g.gap(), g.basis()))
                        .toList(),
                r.communePlans().stream()
                        .map(p -> new CommunePlan(
                                p.commune(), p.todayUnit(), p.year(), p.planned(), p.achieved(), p.gap(), p.ntmYear()))
                        .toList(),
                r.breaks(),
                r.changes().stream().map(ReviewJsonWriter::change).toList(),
                r.notes(),
                r.files(),
                files);
        try (OutputStream out = Files.newOutputStream(target)) {
            mapper.writeValue(out, document);
        } catch (JacksonException e) {
            throw new IOException("Không ghi được tệp JSON đánh giá / could not write the review JSON " + target, e);
        }
    }

    private static Change change(BoundaryChange c) {
        return new Change(
                c.effective().toString(),
                c.oldUnit(),
                c.oldParent(),
                c.newUnit(),
                c.newParent(),
                c.share(),
                c.confidence(),
                c.legalBasis(),
                c.source(),
                c.oldCode().isBlank() ? null : c.oldCode(),
                c.newCode().isBlank() ? null : c.newCode());
    }
}
