package vn.ruralstat.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ruralstat.finding.Finding;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.WorkbookReaders;

/**
 * Writes the annotated copies of a run ({@link AnnotatedCopyWriter}): one for every input file
 * that has at least one finding, whether located in a cell or about the whole file, and that is
 * still a spreadsheet file under the input folder. Files that are gone, or that are not
 * spreadsheets by name (the run skipped them), get no copy and no failure. A file whose copy cannot
 * be written (corrupt, too large) is reported in the result and the others are still written.
 */
public final class AnnotatedCopies {

    private static final Logger log = LoggerFactory.getLogger(AnnotatedCopies.class);

    /**
     * What was written and what could not be.
     *
     * @param written  the copies, in the order of their input files' names
     * @param failures the files without a copy because of an error, with the reason
     */
    public record Result(List<Path> written, List<Failure> failures) {

        public Result {
            written = List.copyOf(written);
            failures = List.copyOf(failures);
        }
    }

    /**
     * A file whose annotated copy could not be written.
     *
     * @param file      the file as the run names it (relative to the input folder)
     * @param reason why ({@code ANNOTATED_COPY_FAILED.…} in the message catalogue)
     */
    public record Failure(String file, Message reason) {

        /** Why, for the officer. */
        public String messageVi() {
            return reason.vi();
        }

        /** Why, in English. */
        public String messageEn() {
            return reason.en();
        }
    }

    private final AnnotatedCopyWriter writer;

    public AnnotatedCopies() {
        this(new AnnotatedCopyWriter());
    }

    public AnnotatedCopies(AnnotatedCopyWriter writer) {
        this.writer = writer;
    }

    /**
     * @param inputRoot    the input folder the findings' file names are relative to
     * @param findings     all findings of the run
     * @param targetFolder where the copies are written, mirroring the input's folders
     */
    public Result writeAll(Path inputRoot, List<Finding> findings, Path targetFolder) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : findings) {
            String file = finding.source() == null ? null : finding.source().file();
            if (file != null && !file.isBlank())
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(finding);
        }
        Path root = inputRoot.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        byFile.forEach((file, fileFindings) -> {
            Path source = root.resolve(file).normalize();
            if (!source.startsWith(root)
                    || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)
                    || !WorkbookReaders.isSpreadsheet(source)) {
                return;
            }
            try {
                written.add(writer.write(source, file, fileFindings, targetFolder));
            } catch (AnnotatedCopyException e) {
                failures.add(new Failure(file, e.reason()));
            } catch (IOException | RuntimeException e) {
                log.warn("Could not write the annotated copy of {}", file, e);
                String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                failures.add(new Failure(file, Message.of("ANNOTATED_COPY_FAILED.unexpected", file, reason)));
            }
        });
        return new Result(written, failures);
    }
}
