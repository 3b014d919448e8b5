package vn.ruralstat.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies committed sample files of {@code input/} into a test's own folder, at the same paths
 * relative to it. A test names the files its figures come from instead of copying the whole
 * folder, so a sample added to {@code input/} later changes none of them.
 */
public final class SampleInputs {

    private static final Path INPUT = Path.of("input");

    private SampleInputs() {}

    /**
     * The first-year samples taken from the seeds: Quảng Hòa's criteria workbook, Ngân Sơn's plan as
     * xlsx and csv (not the illustrative second year, which the tests using this do not count on).
     */
    public static void copySeedYear(Path folder) throws IOException {
        copy(
                folder,
                List.of(
                        SampleInputsWriter.QUANG_HOA_XLSX,
                        SampleInputsWriter.NGAN_SON_XLSX,
                        SampleInputsWriter.NGAN_SON_CSV));
    }

    /** The files named, relative to {@code input/} (e.g. {@link SampleInputsWriter#NGAN_SON_CSV}). */
    public static void copy(Path folder, List<String> files) throws IOException {
        for (String file : files) {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(INPUT.resolve(file), target);
        }
    }
}
