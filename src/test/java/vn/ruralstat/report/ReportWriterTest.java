package vn.ruralstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ruralstat.output.RenderedChart;
import vn.ruralstat.output.SetStamp;
import vn.ruralstat.output.StagingFolder;

class ReportWriterTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-05T07:30:00Z"), ZoneOffset.ofHours(7));

    @TempDir
    Path output;

    @Test
    void writesWorkbookJsonPdfAndChartsIntoTheOutputFolder() throws IOException {
        List<Path> written = writer(new ChartRenderer()).write(SampleConsolidation.build(), output);

        assertThat(written)
                .containsExactly(
                        output.resolve("tong-hop.xlsx"),
                        output.resolve("tong-hop.json"),
                        output.resolve("tong-hop.pdf"),
                        output.resolve("bieu-do/ngheo-theo-thon-ngan-son.png"),
                        output.resolve("bieu-do/ngheo-theo-thon-hong-phong.png"),
                        output.resolve("bieu-do/tieu-chi-dat-quang-hoa.png"),
                        output.resolve("bieu-do/tieu-chi-ke-hoach-quang-hoa.png"));
        assertThat(written).allMatch(Files::isRegularFile);
        assertThat(Files.readString(written.get(2), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
        for (Path png : written.subList(3, written.size())) {
            assertThat(Arrays.copyOf(Files.readAllBytes(png), 8))
                    .as(png.toString())
                    .isEqualTo(PNG_SIGNATURE);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(written.get(0))))) {
            assertThat(workbook.getSheet("Biểu đồ").getDrawingPatriarch().getShapes())
                    .hasSize(4);
        }
        assertThat(stagingFolders()).isEmpty();
    }

    /** Colleagues in the office open the report: 0644 files, 0755 folders (POSIX file systems). */
    @Test
    void publishesFilesAndFoldersReadableByTheOffice() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                output.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path fresh = output.resolve("bao-cao");

        writer(new ChartRenderer()).write(SampleConsolidation.build(), fresh);

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(fresh.resolve("tong-hop.xlsx"))))
                .isEqualTo("rw-r--r--");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(fresh.resolve("bieu-do"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void listsEveryWrittenFileInTheJsonSummary() throws IOException {
        writer(new ChartRenderer()).write(SampleConsolidation.build(), output);

        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(output.resolve("tong-hop.json").toFile());
        assertThat(json.get("files").values())
                .extracting(JsonNode::asString)
                .containsExactly(
                        "tong-hop.xlsx",
                        "tong-hop.json",
                        "tong-hop.pdf",
                        "bieu-do/ngheo-theo-thon-ngan-son.png",
                        "bieu-do/ngheo-theo-thon-hong-phong.png",
                        "bieu-do/tieu-chi-dat-quang-hoa.png",
                        "bieu-do/tieu-chi-ke-hoach-quang-hoa.png");
        assertThat(json.get("generatedAt").asString()).isEqualTo("2026-06-05T14:30+07:00");
        assertThat(json.at("/units/0/poverty/households").asLong()).isEqualTo(900);
    }

    @Test
    void aChartThatCannotBeDrawnBecomesAFindingAndTheReportIsStillWritten() throws IOException {
        ChartRenderer failing = new ChartRenderer() {
            @Override
            JFreeChart criteriaMetPerCommune(vn.ruralstat.criteria.DistrictCriteria district, String unit) {
                throw new IllegalStateException("no fonts found");
            }
        };

        List<Path> written = writer(failing).write(SampleConsolidation.build(), output);

        // Every chart but the criteria met per commune, and the workbook, the JSON and the PDF.
        assertThat(written)
                .containsExactly(
                        output.resolve("tong-hop.xlsx"),
                        output.resolve("tong-hop.json"),
                        output.resolve("tong-hop.pdf"),
                        output.resolve("bieu-do/ngheo-theo-thon-ngan-son.png"),
                        output.resolve("bieu-do/ngheo-theo-thon-hong-phong.png"),
                        output.resolve("bieu-do/tieu-chi-ke-hoach-quang-hoa.png"));
        assertThat(written).allMatch(Files::isRegularFile);
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(output.resolve("tong-hop.json").toFile());
        JsonNode failure = json.get("findings").values().stream()
                .filter(f -> f.get("code").asString().equals("CHART_FAILED"))
                .findFirst()
                .orElseThrow();
        assertThat(failure.get("severity").asString()).isEqualTo("WARNING");
        assertThat(failure.get("file").asString()).isEqualTo("2022/quang-hoa.xlsx");
        assertThat(failure.get("messageVi").asString())
                .isEqualTo("Không vẽ được biểu đồ \"Số tiêu chí đạt theo xã – huyện Quảng Hòa, năm 2022\""
                        + " (tệp bieu-do/tieu-chi-dat-quang-hoa.png): IllegalStateException: no fonts found."
                        + " Báo cáo, bản PDF và tệp JSON vẫn được ghi, chỉ thiếu biểu đồ này.");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(written.get(0))))) {
            assertThat(workbook.getSheet("Biểu đồ").getDrawingPatriarch().getShapes())
                    .hasSize(3);
            org.apache.poi.ss.usermodel.Sheet findings = workbook.getSheet(FindingsSheet.NAME);
            List<String> kinds = new java.util.ArrayList<>();
            findings.forEach(row ->
                    kinds.add(row.getCell(2) == null ? "" : row.getCell(2).getStringCellValue()));
            assertThat(kinds).contains("Không vẽ được biểu đồ");
        }
        assertThat(stagingFolders()).isEmpty();
    }

    @Test
    void aChartWhosePictureCannotBeMadeIsLeftOutLikeOneThatCannotBeDrawn() throws IOException {
        ChartRenderer failing = new ChartRenderer() {
            // Charts are drawn in parallel: the failing one is picked by its title, not its turn.
            @Override
            byte[] png(JFreeChart chart) throws IOException {
                if (chart.getTitle().getText().startsWith("Số tiêu chí nông thôn mới đạt theo xã")) {
                    throw new IOException("image writer missing");
                }
                return super.png(chart);
            }
        };

        List<Path> written = writer(failing).write(SampleConsolidation.build(), output);

        assertThat(written).hasSize(6).doesNotContain(output.resolve("bieu-do/tieu-chi-dat-quang-hoa.png"));
        assertThat(Files.readString(output.resolve("tong-hop.json"))).contains("CHART_FAILED", "image writer missing");
    }

    @Test
    void leavesNoPartialReportWhenTheWorkbookCannotBeWritten() throws IOException {
        ConsolidatedWorkbookWriter failing = new ConsolidatedWorkbookWriter() {
            @Override
            void write(
                    vn.ruralstat.consolidate.Consolidation c,
                    List<RenderedChart> charts,
                    java.time.OffsetDateTime at,
                    Path target,
                    java.util.function.Function<String, vn.ruralstat.output.SheetMirror> mirrors)
                    throws IOException {
                Files.writeString(target, "half a workbook");
                throw new IOException("stream closed");
            }
        };
        ReportWriter writer = new ReportWriter(new ChartRenderer(), failing, new JsonSummaryWriter(), CLOCK);

        assertThatThrownBy(() -> writer.write(SampleConsolidation.build(), output))
                .isInstanceOf(IOException.class);

        assertThat(filesUnder(output)).isEmpty();
    }

    @Test
    void failsWithoutWritingAnythingWhenTheOutputFolderIsARegularFile() throws IOException {
        Path notAFolder = Files.writeString(output.resolve("bao-cao"), "a file, not a folder");

        assertThatThrownBy(() -> writer(new ChartRenderer()).write(SampleConsolidation.build(), notAFolder))
                .isInstanceOf(IOException.class);

        assertThat(filesUnder(output)).containsExactly(notAFolder);
        assertThat(Files.readString(notAFolder)).isEqualTo("a file, not a folder");
    }

    @Test
    void replacesTheReportOfAnEarlierRunAndClearsAStagingFolderLeftByAKilledRun() throws IOException {
        Files.writeString(output.resolve("tong-hop.json"), "{}", StandardCharsets.UTF_8);
        Path leftOver = Files.createDirectories(output.resolve(".ruralstat-tmp-42/bieu-do"));
        Files.writeString(leftOver.resolve("half.png"), "half");

        writer(new ChartRenderer()).write(SampleConsolidation.build(), output);

        assertThat(Files.readString(output.resolve("tong-hop.json"))).contains("\"runId\" : 42");
        assertThat(stagingFolders()).isEmpty();
        // the earlier report is not lost: its set went to the archive, named by its file's time
        try (Stream<Path> archives = Files.list(output.resolve("lich-su"))) {
            assertThat(archives.map(a -> a.resolve("tong-hop.json")))
                    .singleElement()
                    .satisfies(earlier -> assertThat(Files.readString(earlier)).isEqualTo("{}"));
        }
    }

    @Test
    void writesOnlyWorkbookJsonAndPdfForARunWithoutTables() throws IOException {
        List<Path> written = writer(new ChartRenderer()).write(SampleConsolidation.empty(), output.resolve("moi"));

        // The summary form still says, signed, that nothing was received.
        assertThat(written)
                .containsExactly(
                        output.resolve("moi/tong-hop.xlsx"),
                        output.resolve("moi/tong-hop.json"),
                        output.resolve("moi/tong-hop.pdf"));
        // and the hidden stamp naming the run whose set the folder holds
        assertThat(filesUnder(output))
                .containsExactlyInAnyOrder(
                        written.get(0), written.get(1), written.get(2), output.resolve("moi/" + SetStamp.FILE));
    }

    private static ReportWriter writer(ChartRenderer renderer) {
        return new ReportWriter(renderer, new ConsolidatedWorkbookWriter(), new JsonSummaryWriter(), CLOCK);
    }

    private List<Path> stagingFolders() throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(StagingFolder.PREFIX))
                    .toList();
        }
    }

    /** Every regular file below the folder, staging folders included. */
    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> entries = Files.walk(folder)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
