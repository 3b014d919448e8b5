package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.ruralstat.RuralstatApplication;

/** The command line as a user runs it: arguments in, exit code and one-line reasons out. */
class CommandLineIT {

    private static int run(Path db, String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=jdbc:h2:file:" + db.resolve("ruralstat");
        try (ConfigurableApplicationContext ctx = SpringApplication.run(RuralstatApplication.class, all)) {
            return SpringApplication.exit(ctx);
        }
    }

    /**
     * {@code --help} and {@code help} as a user types them, in a separate JVM through the real entry
     * point: the usage text, exit code 0, and no database file in the working folder (the default
     * is {@code ./data/ruralstat}), so Spring and the job never started.
     */
    @Test
    void helpPrintsTheUsageAndExitsWithZeroWithoutStartingTheDatabase(@TempDir Path cwd) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String help : new String[] {"--help", "help"}) {
            Process process = new ProcessBuilder(
                            java,
                            "-Dstdout.encoding=UTF-8",
                            "-cp",
                            System.getProperty("java.class.path"),
                            RuralstatApplication.class.getName(),
                            help)
                    .directory(cwd.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(help + ": " + output).isZero();
            assertThat(output).startsWith("Cách dùng:").contains(UsageTest.README_COMMANDS_AND_OPTIONS);
        }
        try (var files = Files.list(cwd)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void exitsWithZeroWhenTheRunCompletedEvenWithFindings(@TempDir Path db, @TempDir Path out) {
        assertThat(run(db, "consolidate", "--input", "input", "--output", out.toString()))
                .isZero();
        assertThat(out.resolve("tong-hop.xlsx")).isNotEmptyFile();
    }

    @Test
    void exitsWithTwoAndOneLineForAnUnreadableInputFolder(@TempDir Path db, @TempDir Path out) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(db, "--input", out.resolve("missing").toString(), "--output", out.toString()))
                    .isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .startsWith("ruralstat: Không đọc được thư mục đầu vào: ")
                .hasLineCount(1);
    }

    /** {@code units} on the samples: the three units whose tables were stored, as the samples' titles name them. */
    @Test
    void listsTheStoredUnitsAndTheirPeriods(@TempDir Path db, @TempDir Path out) {
        assertThat(run(db, "consolidate", "--input", "input", "--output", out.toString()))
                .isZero();
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(db, "units")).isZero();
            assertThat(run(db, "don-vi", "--unit", "ngan son", "--lang", "en")).isZero();
        } finally {
            System.setOut(stdout);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        // seed 003 (xã Ngân Sơn, code 01954, end of 2025), the 2024 review of huyện Ngân Sơn, and
        // seed 004's plan 2022-2025 and 2023 results of huyện Quảng Hòa (docs/samples.md)
        assertThat(lines)
                .anyMatch(l -> l.startsWith("Đơn vị ") && l.contains("Cấp") && l.contains("Kỳ"))
                .anyMatch(l -> l.matches("xã Ngân Sơn +xã +01954 +tỉnh Thái Nguyên.* 2025 +biểu hộ nghèo"))
                .anyMatch(l -> l.matches("huyện Ngân Sơn +huyện .* 2024 +biểu hộ nghèo"))
                .anyMatch(l -> l.matches("huyện Quảng Hòa +huyện .*tỉnh Cao Bằng.*"))
                .anyMatch(l -> l.matches(" +2022-2025 +biểu tiêu chí nông thôn mới"))
                .anyMatch(l -> l.matches(" +2023 +biểu tiêu chí nông thôn mới"))
                .contains("3 đơn vị có số liệu đã lưu")
                .anyMatch(l -> l.startsWith("Unit ") && l.contains("Parent unit"))
                .contains("2 units with stored figures");
    }

    @Test
    void aRefusalIsOneLineInVietnameseOrInEnglishWithLangEn(@TempDir Path db, @TempDir Path out) {
        assertThat(run(db, "consolidate", "--input", "input", "--output", out.toString()))
                .isZero();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(db, "summary", "--unit", "Hà Nội")).isEqualTo(2);
            assertThat(run(db, "summary", "--unit", "Hà Nội", "--lang", "en")).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "ruralstat: Không tìm thấy đơn vị \"Hà Nội\" trong số liệu đã lưu",
                        "ruralstat: No unit \"Hà Nội\" in the stored figures");
    }

    /**
     * The README's review commands on the sample inputs. Expected figures: huyện Ngân Sơn's
     * end-2024 table (docs/samples.md) 4,012 + 2,861 + 2,668 = 9,541 households, 112 + 258 + 218 =
     * 588 poor → 6.16 %, restated on xã Ngân Sơn; seed 003's end-2025 Cộng 9,606 and 415 → 4.32 %;
     * plan for 2025: 588 − (30 + 72 + 63) = 423 poor, counted 415. Quảng Hòa: plan 2022-2025 drawn up
     * with 183 met (2021), 183 + 29 + 32 = 244 planned by 2023; the 2023 results hold 241. The national
     * crosswalk puts two of the 16 communes into today's communes formed mostly from other former
     * districts: Tiên Thành (01645) into xã Thạch An (with Vân Trình and Lê Lai of huyện Thạch An), Quốc
     * Toản (01474) into xã Trà Lĩnh (with thị trấn Trà Lĩnh and Cao Chương of huyện Trùng Khánh). So
     * "huyện Quảng Hòa (cũ)" is 14 communes: 2021 183 − 11 − 11 = 161 (seed 004, column C); 2023
     * 241 − 14 − 15 = 212 (docs/samples.md: Tiên Thành 11 + 1 + 2, Quốc Toàn 11 + 2 + 2, no misses);
     * planned by 2023 244 − 14 − 15 = 215, the same three misses (Tự Do, Hồng Quang, Cai Bộ) → −3.
     */
    @Test
    void reviewsTheSampleUnitsAcrossTheTwoYears(@TempDir Path db, @TempDir Path out) throws Exception {
        assertThat(run(db, "consolidate", "--input", "input", "--output", out.toString()))
                .isZero();

        assertThat(run(
                        db,
                        "review",
                        "--unit",
                        "xã Ngân Sơn",
                        "--from",
                        "2024",
                        "--to",
                        "2025",
                        "--output",
                        out.toString()))
                .isZero();
        assertThat(run(
                        db,
                        "review",
                        "--unit",
                        "Quảng Hòa",
                        "--from",
                        "2021",
                        "--to",
                        "2025",
                        "--output",
                        out.toString()))
                .isZero();

        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var nganSon =
                json.readTree(out.resolve("danh-gia-xa-ngan-son-2024-2025.json").toFile());
        assertThat(nganSon.get("years").get(0).get("households").asDouble()).isEqualTo(9_541.0);
        assertThat(nganSon.get("years").get(0).get("poorRate").asDouble())
                .isCloseTo(588.0 / 9_541 * 100, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(nganSon.get("years").get(1).get("poorRate").asDouble())
                .isCloseTo(415.0 / 9_606 * 100, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(nganSon.get("gaps").get(0).get("planned").asDouble()).isEqualTo(423.0);
        assertThat(nganSon.get("gaps").get(0).get("achieved").asDouble()).isEqualTo(415.0);
        // the national crosswalk's lines (register rows of huyện Ngân Sơn) with their official codes
        assertThat(nganSon.get("boundaryChanges")
                        .valueStream()
                        .map(c -> c.get("oldCode").asString() + "→"
                                + c.get("newCode").asString()))
                .containsExactlyInAnyOrder("01954→01954", "01945→01954", "01951→01954");
        var quangHoa = json.readTree(
                out.resolve("danh-gia-huyen-quang-hoa-cu-2021-2025.json").toFile());
        assertThat(quangHoa.get("units").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("Phục Hòa", "Độc Lập", "Quảng Uyên", "Bế Văn Đàn", "Hạnh Phúc");
        assertThat(quangHoa.get("years").get(0).get("criteriaMet").asInt()).isEqualTo(161);
        assertThat(quangHoa.get("years").get(0).get("averageMet").asDouble())
                .isCloseTo(161.0 / 14, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(quangHoa.get("years").get(2).get("criteriaMet").asInt()).isEqualTo(212);
        assertThat(quangHoa.get("notes").valueStream().map(JsonNode::asString))
                .anySatisfy(n -> assertThat(n).startsWith("Tiên Thành (Quảng Hòa) nay thuộc Xã Thạch An"))
                .anySatisfy(n -> assertThat(n).startsWith("Quốc Toàn (Quảng Hòa) nay thuộc Xã Trà Lĩnh"));
        var plan2023 = quangHoa.get("gaps")
                .valueStream()
                .filter(g -> g.get("kind").asString().equals("CRITERIA_MET")
                        && g.get("year").asInt() == 2023)
                .findFirst()
                .orElseThrow();
        assertThat(plan2023.get("planned").asDouble()).isEqualTo(215.0);
        assertThat(plan2023.get("gap").asDouble()).isEqualTo(-3.0);
        // Tự Do (seed 004): 9 met, criteria 1, 2, 17 planned for 2022 and 8 for 2023 → 13 by the end of
        // 2023; the 2023 results miss criterion 8 (docs/samples.md, sample e) → 12, one short
        var tuDo2023 = quangHoa.get("communePlans")
                .valueStream()
                .filter(p -> p.get("commune").asString().equals("Tự Do")
                        && p.get("year").asInt() == 2023)
                .findFirst()
                .orElseThrow();
        assertThat(tuDo2023.get("planned").asInt()).isEqualTo(13);
        assertThat(tuDo2023.get("achieved").asInt()).isEqualTo(12);
        assertThat(tuDo2023.get("todayUnit").asString()).isEqualTo("Hạnh Phúc");
        assertThat(tuDo2023.get("ntmYear").asInt()).isEqualTo(2025);
        assertThat(out.resolve("bieu-do/danh-gia-xa-ngan-son-2024-2025-ty-le-ngheo.png"))
                .isNotEmptyFile();
    }

    @Test
    void aReviewOfANameOfTwoUnitsExitsWithTwoAndListsThem(@TempDir Path db, @TempDir Path out) {
        assertThat(run(db, "consolidate", "--input", "input", "--output", out.toString()))
                .isZero();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run(
                            db,
                            "review",
                            "--unit",
                            "Ngân Sơn",
                            "--from",
                            "2024",
                            "--to",
                            "2025",
                            "--output",
                            out.toString()))
                    .isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("huyện Ngân Sơn (cũ)")
                .contains("xã Ngân Sơn")
                .contains("ứng với nhiều đơn vị");
    }

    @Test
    void exitsWithTwoForAnUnknownCommand(@TempDir Path db) {
        assertThat(run(db, "publish")).isEqualTo(2);
    }

    @Test
    void exitsWithOneWhenTheJobFails(@TempDir Path db, @TempDir Path out) throws Exception {
        // A non-empty folder where the workbook must go: the report step cannot move it into place.
        Files.createDirectories(out.resolve("tong-hop.xlsx/blocked"));

        assertThat(run(db, "--input", "input", "--output", out.toString())).isEqualTo(1);
    }
}
