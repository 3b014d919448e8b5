package vn.ruralstat.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Publishes a staging folder as the output folder's one set of outputs: the report
 * ({@code tong-hop.*}), its charts ({@code bieu-do/}) and the annotated copies ({@code kiem-tra/}).
 * The files of the set already there — whichever run wrote them, or several — are first moved to
 * {@code lich-su/<its run>/} with their layout kept, so that no file of an earlier run stays beside
 * the new report; then the staged files move in and the {@link SetStamp} is written last. A
 * review's files ({@code danh-gia-*}, also in {@code bieu-do/}) and anything else in the folder are
 * not part of a set and stay.
 *
 * <p>When the folder holds the set of a run started after this one (an old run restarted after a
 * newer one completed), that set stays and this one goes to {@code lich-su/<this run>/} instead.
 */
public final class OutputSetPublisher {

    /** The archive folder inside the output folder. */
    public static final String ARCHIVE = "lich-su";

    static final String REPORT_PREFIX = "tong-hop.";
    static final String COPIES = "kiem-tra";
    private static final String REVIEW_PREFIX = "danh-gia-";
    private static final DateTimeFormatter UNSTAMPED = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    /**
     * What became of a set.
     *
     * @param files      where its files are now
     * @param folder     the output folder, or the archive folder it went to when {@code newerKept}
     * @param archived   the earlier set moved to the archive to make room, if there was one
     * @param newerKept  the newer run whose set stayed in the output folder, if so
     */
    public record PublishedSet(
            List<Path> files, Path folder, Optional<Archived> archived, Optional<SetStamp> newerKept) {

        public PublishedSet {
            files = List.copyOf(files);
        }

        /** The same set with the files of {@code first} (relative paths) listed first, in that order. */
        public PublishedSet listing(List<String> first) {
            List<Path> ordered = new ArrayList<>();
            first.stream().map(folder::resolve).filter(files::contains).forEach(ordered::add);
            files.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
            return new PublishedSet(ordered, folder, archived, newerKept);
        }
    }

    /**
     * An earlier set moved to the archive.
     *
     * @param run     its run, or the time of its newest file when it was not stamped
     * @param stamped whether {@code run} is a run (from its {@link SetStamp})
     * @param folder  where it went
     */
    public record Archived(String run, boolean stamped, Path folder) {}

    private OutputSetPublisher() {}

    /**
     * Publishes every file of {@code staging} under {@code stamp}. The staging folder is left empty
     * of files; the caller deletes it.
     */
    public static PublishedSet publish(StagingFolder staging, SetStamp stamp) throws IOException {
        Path out = staging.outputDir();
        List<String> files = staging.files();
        for (String file : files) OfficeReadable.file(staging.staged(file)); // never seen unreadable
        Optional<SetStamp> current = SetStamp.readFrom(out);
        if (current.isPresent() && current.get().isNewerThan(stamp)) {
            Path archive = archiveFolder(out, Long.toString(stamp.run()));
            List<Path> moved = moveAll(staging, files, archive);
            stamp.writeTo(archive);
            return new PublishedSet(moved, archive, Optional.empty(), current);
        }
        Optional<Archived> archived = archivePrevious(out, current);
        List<Path> moved = moveAll(staging, files, out);
        stamp.writeTo(out);
        return new PublishedSet(moved, out, archived, Optional.empty());
    }

    /**
     * Publishes {@code staging} as one named set among others sharing the folder (a review of one
     * unit and years beside those of other units): the folder's files that {@code sameSet} claims
     * — an earlier review of the same name, with charts the new one no longer draws — are first
     * moved to {@code lich-su/<name>_<time of their newest file>/}. Neither stamped nor ordered.
     *
     * @param sameSet whether a file of the output folder or its {@code bieu-do/}, by its relative
     *                "/"-separated path, belongs to the set
     */
    public static PublishedSet publishNamed(StagingFolder staging, String name, Predicate<String> sameSet)
            throws IOException {
        Path out = staging.outputDir();
        List<String> files = staging.files();
        for (String file : files) OfficeReadable.file(staging.staged(file));
        List<String> previous = new ArrayList<>();
        try (Stream<Path> top = Files.list(out)) {
            top.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .forEach(previous::add);
        }
        previous.addAll(filesUnder(out, RenderedChart.FOLDER));
        previous.removeIf(sameSet.negate());
        Optional<Archived> archived = Optional.empty();
        if (!previous.isEmpty()) {
            String run = name + "_" + timeOfNewest(out, previous);
            Path archive = archiveFolder(out, run);
            for (String file : previous) moveInto(out.resolve(file), archive.resolve(file));
            removeEmptyFolders(out.resolve(RenderedChart.FOLDER));
            archived = Optional.of(new Archived(run, false, archive));
        }
        return new PublishedSet(moveAll(staging, files, out), out, archived, Optional.empty());
    }

    /** The files of the set in {@code out}, relative with "/" separators, sorted. */
    static List<String> members(Path out) throws IOException {
        List<String> members = new ArrayList<>();
        try (Stream<Path> top = Files.list(out)) {
            top.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(REPORT_PREFIX))
                    .forEach(members::add);
        }
        members.addAll(filesUnder(out, COPIES));
        filesUnder(out, RenderedChart.FOLDER).stream()
                .filter(f -> !f.substring(RenderedChart.FOLDER.length() + 1).startsWith(REVIEW_PREFIX))
                .forEach(members::add);
        return members.stream().sorted().toList();
    }

    private static Optional<Archived> archivePrevious(Path out, Optional<SetStamp> current) throws IOException {
        List<String> previous = members(out);
        if (previous.isEmpty()) return Optional.empty();
        String run = current.isPresent() ? Long.toString(current.get().run()) : timeOfNewest(out, previous);
        Path archive = archiveFolder(out, run);
        for (String file : previous) moveInto(out.resolve(file), archive.resolve(file));
        if (current.isPresent()) StagingFolder.move(out.resolve(SetStamp.FILE), archive.resolve(SetStamp.FILE));
        removeEmptyFolders(out.resolve(COPIES));
        removeEmptyFolders(out.resolve(RenderedChart.FOLDER));
        return Optional.of(new Archived(run, current.isPresent(), archive));
    }

    private static List<Path> moveAll(StagingFolder staging, List<String> files, Path into) throws IOException {
        List<Path> moved = new ArrayList<>();
        for (String file : files) {
            Path target = into.resolve(file);
            moveInto(staging.staged(file), target);
            moved.add(target);
        }
        return moved;
    }

    private static void moveInto(Path source, Path target) throws IOException {
        OfficeReadable.createFolders(target.getParent());
        StagingFolder.move(source, target);
    }

    /** {@code lich-su/<run>/}, or {@code <run>-2}, {@code <run>-3}… when an archive of that name exists. */
    private static Path archiveFolder(Path out, String run) throws IOException {
        Path archives = out.resolve(ARCHIVE);
        OfficeReadable.createFolders(archives);
        Path folder = archives.resolve(run);
        for (int n = 2; Files.exists(folder, LinkOption.NOFOLLOW_LINKS); n++) folder = archives.resolve(run + "-" + n);
        OfficeReadable.createFolders(folder);
        return folder;
    }

    /** A set written before sets were stamped is named by the time of its newest file. */
    private static String timeOfNewest(Path out, List<String> files) throws IOException {
        FileTime newest = FileTime.fromMillis(0);
        for (String file : files) {
            FileTime modified = Files.getLastModifiedTime(out.resolve(file));
            if (modified.compareTo(newest) > 0) newest = modified;
        }
        return UNSTAMPED.format(LocalDateTime.ofInstant(newest.toInstant(), ZoneId.systemDefault()));
    }

    private static List<String> filesUnder(Path out, String folder) throws IOException {
        Path root = out.resolve(folder);
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }

    /** Deletes the folders left empty under {@code root}, and {@code root} itself when it is empty. */
    private static void removeEmptyFolders(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(root)) {
            folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()) // children before their parents
                    .toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) Files.delete(folder);
            }
        }
    }
}
