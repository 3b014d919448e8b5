package vn.ruralstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the tool itself wrote, so that a run never reads it back as an officer's submission: a
 * workbook read back adds a phantom unit, an annotated copy supersedes the original it annotates.
 * Two rules: everything under the run's output folder, and, anywhere else, the names the tool gives
 * its outputs — the report ({@code tong-hop.*}, also what {@code summary} writes), annotated copies
 * ({@code *.kiem-tra.*} and their {@code kiem-tra/} folder), charts ({@code bieu-do/}), the review
 * ({@code danh-gia-<unit>-<from>-<to>.xlsx|json}) and staging folders ({@code .ruralstat-tmp-*}).
 * An archived set ({@code lich-su/<run>/} of an output folder) is left out by the same names, and
 * its hidden stamp by {@link InputFiles}; a folder is not left out for being called {@code lich-su},
 * a name an office may give its own history of submissions.
 * The names are written out here because ingest sits below the packages that write them;
 * {@code job.OwnOutputNamesTest} keeps the two in step.
 */
public final class OwnOutputs {

    private static final String REPORT = "tong-hop.";
    private static final String ANNOTATED = ".kiem-tra.";
    private static final String STAGING = ".ruralstat-tmp-";
    private static final Pattern REVIEW = Pattern.compile("danh-gia-.+-\\d{4}-\\d{4}\\.(xlsx|json)");
    private static final String ANNOTATED_FOLDER = "kiem-tra";
    private static final String CHART_FOLDER = "bieu-do";

    private final Optional<Path> outputFolder;

    private OwnOutputs(Optional<Path> outputFolder) {
        this.outputFolder = outputFolder;
    }

    /** The rules for a run writing into {@code output}; the folder need not exist yet. */
    public static OwnOutputs of(Path output) {
        return new OwnOutputs(Optional.of(realOrAbsolute(output)));
    }

    /** Only the name rules, for a file whose output folder is unknown (a zip's member). */
    public static OwnOutputs byNameOnly() {
        return new OwnOutputs(Optional.empty());
    }

    /** True when {@code output} is {@code input} itself or a folder under it. */
    public static boolean isInside(Path output, Path input) {
        return realOrAbsolute(output).startsWith(realOrAbsolute(input));
    }

    /**
     * True for a file of the output folder, or one bearing the name of an output. Only the part of
     * the path under the input folder counts: an input folder kept in ".../kiem-tra/" is still read.
     */
    public boolean isOwnOutput(Path inputRoot, Path file) {
        if (outputFolder.isPresent() && realOrAbsolute(file).startsWith(outputFolder.get())) return true;
        return hasOutputName(InputFiles.relative(inputRoot, file));
    }

    /**
     * True when a path, "/"-separated (a zip member's name: "ho-so.zip!/xa-a/tong-hop.xlsx"), names
     * an output or lies in one of the output's folders.
     */
    public boolean hasOutputName(String path) {
        String[] parts = path.toLowerCase(Locale.ROOT).split("[/!]+");
        for (int i = 0; i < parts.length - 1; i++) {
            String folder = parts[i];
            if (folder.equals(ANNOTATED_FOLDER) || folder.equals(CHART_FOLDER) || folder.startsWith(STAGING)) {
                return true;
            }
        }
        String name = parts[parts.length - 1];
        return name.startsWith(REPORT)
                || name.contains(ANNOTATED)
                || name.startsWith(STAGING)
                || REVIEW.matcher(name).matches();
    }

    /** The real path, every link resolved, of the longest part that exists; the rest appended. */
    private static Path realOrAbsolute(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException unreadable) {
            return absolute;
        }
    }
}
