package vn.ruralstat.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import vn.ruralstat.sheet.ByteLimitedInputStream;
import vn.ruralstat.sheet.UnreadableFileException;
import vn.ruralstat.sheet.WorkbookReaders;
import vn.ruralstat.sheet.ZipEntryCount;

/**
 * Takes the spreadsheets out of a .zip that an officer made of a folder and sent, so that they
 * are read like the files of the input folder. Only .xlsx, .xlsm, .xls and .csv entries are
 * extracted, at any depth, keeping their folders (a folder name can tell the commune).
 *
 * <p>An archive from outside is untrusted, so:
 * <ul>
 *   <li>nothing leaves the target folder: an entry whose path is absolute or holds ".." ("zip
 *       slip") is refused, never extracted; symbolic link entries are refused, and files are
 *       created new, never through an existing link;</li>
 *   <li>limits bound what one archive can cost, checked on the zip's directory before anything is
 *       inflated: at most {@value #DEFAULT_MAX_ENTRIES} entries (counted before the zip library
 *       loads them); each spreadsheet at most 200 MB unzipped, as for a loose file; all of them
 *       together at most 1 GB, else the whole archive is refused; no entry compressed more than
 *       100 times ({@link #MIN_INFLATE_RATIO}, POI's own threshold: real spreadsheets compress about
 *       10 times, a zip bomb thousands of times);</li>
 *   <li>while extracting, an entry that inflates past the size the directory declares is cut off,
 *       deleted and refused, so a lying directory gains nothing.</li>
 * </ul>
 *
 * <p>Nested archives are not opened: a .zip inside the .zip is refused with a reason asking for
 * its files instead. One level bounds the work and the disk an archive can claim and keeps every
 * display name short enough to read in a report.
 *
 * <p>Refusals of single entries are returned with their reason and the rest is extracted; a .zip
 * that cannot be opened at all, or is beyond the archive limits, raises an {@link UnreadableFileException}.
 */
public final class ZipInputExpander {

    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    public static final long DEFAULT_MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    public static final long DEFAULT_MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

    /** The smallest compressed/uncompressed ratio accepted, POI's default ({@code ZipSecureFile}): 100 times. */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Below this uncompressed size the ratio is not checked, as in POI: small repetitive files compress extremely well. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    private final int maxEntries;
    private final long maxEntryBytes;
    private final long maxTotalBytes;

    public ZipInputExpander() {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_TOTAL_BYTES);
    }

    /**
     * @param maxEntries    the most entries (of any kind) an archive may hold
     * @param maxEntryBytes the largest unzipped size of one spreadsheet
     * @param maxTotalBytes the largest unzipped size of all spreadsheets extracted from one archive
     */
    public ZipInputExpander(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException(
                    "limits must be positive: " + maxEntries + ", " + maxEntryBytes + ", " + maxTotalBytes);
        }
        this.maxEntries = maxEntries;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** True for a ".zip" name (any case) that is not hidden or an Excel lock file. Looks at the name only. */
    public static boolean isZip(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String text = name.toString();
        return !text.startsWith(".")
                && !text.startsWith("~$")
                && text.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Extracts the spreadsheets of {@code archive} into {@code into}.
     *
     * @param archive the .zip
     * @param label   how reports name the archive, usually its path relative to the input folder;
     *                display names are {@code label + "!/" + path inside}
     * @param into    an existing, empty folder that the caller owns (and deletes when done)
     * @throws UnreadableFileException when the archive is empty, not a readable zip, or beyond the
     *                                 entry-count or total-size limit; nothing is extracted then
     * @throws IOException             when the archive cannot be read or {@code into} written
     */
    public Expansion expand(Path archive, String label, Path into) throws IOException {
        if (Files.size(archive) == 0) throw ArchiveProblems.empty(label);
        long entries = ZipEntryCount.count(archive, maxEntries);
        if (entries < 0) throw ArchiveProblems.notAZip(label, null);
        if (entries > maxEntries) throw ArchiveProblems.tooManyEntries(label, maxEntries);
        try (ZipFile zip = open(archive, label)) {
            Plan plan = plan(zip, label);
            long total = plan.extract.stream().mapToLong(e -> e.entry.getSize()).sum();
            if (total > maxTotalBytes) throw ArchiveProblems.tooLarge(label, total, maxTotalBytes);
            Path folder = into.toAbsolutePath().normalize();
            List<ExpandedFile> files = new ArrayList<>();
            List<RefusedEntry> refused = new ArrayList<>(plan.refused);
            for (Planned planned : plan.extract) {
                RefusedEntry problem = extract(zip, planned, folder);
                if (problem == null) {
                    files.add(new ExpandedFile(folder.resolve(planned.path), planned.displayName));
                } else {
                    refused.add(problem);
                }
            }
            return new Expansion(files, refused, plan.ignored);
        }
    }

    private static ZipFile open(Path archive, String label) {
        try {
            return ZipFile.builder().setPath(archive).get();
        } catch (IOException | RuntimeException e) {
            throw ArchiveProblems.notAZip(label, e);
        }
    }

    /** An entry to extract, to {@code path} (relative, "/"-separated, safe). */
    private record Planned(ZipArchiveEntry entry, String path, String displayName) {}

    private record Plan(List<Planned> extract, List<RefusedEntry> refused, List<String> ignored) {}

    /** Sorts every entry into extract, refuse or ignore, from the directory alone. */
    private Plan plan(ZipFile zip, String label) {
        List<Planned> extract = new ArrayList<>();
        List<RefusedEntry> refused = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            String name = ZipEntryNames.decode(entry);
            if (entry.isDirectory() || name.endsWith("/")) continue;
            String display = label + "!/" + name;
            if (ZipEntryNames.escapesFolder(name)) {
                refused.add(ArchiveProblems.escapesFolder(display));
                continue;
            }
            List<String> segments = ZipEntryNames.segments(name);
            if (segments.isEmpty() || ZipEntryNames.isClutter(segments)) continue;
            String path = String.join("/", segments);
            display = label + "!/" + path;
            if (entry.isUnixSymlink()) {
                refused.add(ArchiveProblems.symbolicLink(display));
            } else if (path.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                refused.add(ArchiveProblems.nestedZip(display));
            } else if (!isSpreadsheet(path)) {
                ignored.add(display);
            } else {
                RefusedEntry problem = problem(zip, entry, display);
                if (problem != null) {
                    refused.add(problem);
                } else if (!taken.add(path)) {
                    refused.add(ArchiveProblems.duplicate(display));
                } else {
                    extract.add(new Planned(entry, path, display));
                }
            }
        }
        return new Plan(extract, refused, ignored);
    }

    /** Why a spreadsheet entry cannot be extracted, judged from the directory, or null when it can. */
    private RefusedEntry problem(ZipFile zip, ZipArchiveEntry entry, String display) {
        if (entry.getGeneralPurposeBit().usesEncryption()) return ArchiveProblems.encrypted(display);
        if (!zip.canReadEntryData(entry)) return ArchiveProblems.unsupportedMethod(display);
        long size = entry.getSize();
        if (size < 0) return ArchiveProblems.damaged(display);
        if (size > maxEntryBytes) return ArchiveProblems.entryTooLarge(display, size, maxEntryBytes);
        if (size > RATIO_GRACE_BYTES && (double) entry.getCompressedSize() / size < MIN_INFLATE_RATIO) {
            return ArchiveProblems.zipBomb(
                    display, size / Math.max(1, entry.getCompressedSize()), Math.round(1 / MIN_INFLATE_RATIO));
        }
        return null;
    }

    /**
     * Copies an entry's bytes; a failure to read is the entry's fault (returned as a refusal), a
     * failure to write is this machine's (thrown).
     */
    private static RefusedEntry copy(InputStream in, OutputStream out, String displayName) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (ByteLimitedInputStream.LimitExceeded e) {
                return ArchiveProblems.largerThanDeclared(displayName);
            } catch (IOException | RuntimeException e) {
                return ArchiveProblems.damaged(displayName); // a bad deflate stream, a truncated archive
            }
            if (n < 0) return null;
            out.write(buffer, 0, n);
        }
    }

    private static boolean isSpreadsheet(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            return WorkbookReaders.isSpreadsheet(Path.of(name));
        } catch (InvalidPathException e) {
            return name.toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xlsm|xls|csv)");
        }
    }

    /** Writes one entry, no further than its declared size; returns why it failed, or null. */
    private static RefusedEntry extract(ZipFile zip, Planned planned, Path folder) throws IOException {
        Path target;
        try {
            target = folder.resolve(planned.path).normalize();
        } catch (InvalidPathException e) {
            return ArchiveProblems.invalidName(planned.displayName);
        }
        if (!target.startsWith(folder) || target.equals(folder))
            return ArchiveProblems.escapesFolder(planned.displayName);
        try {
            Files.createDirectories(target.getParent());
        } catch (FileAlreadyExistsException e) {
            return ArchiveProblems.duplicate(planned.displayName); // a file of the archive has the folder's name
        }
        InputStream entryData;
        try {
            entryData = zip.getInputStream(planned.entry);
        } catch (IOException | RuntimeException e) {
            return ArchiveProblems.damaged(planned.displayName); // its local header is unreadable
        }
        try (InputStream in = new ByteLimitedInputStream(entryData, planned.entry.getSize());
                OutputStream out = Files.newOutputStream(
                        target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            RefusedEntry problem = copy(in, out, planned.displayName);
            if (problem != null) {
                out.close();
                Files.delete(target);
                return problem;
            }
        } catch (FileAlreadyExistsException e) {
            return ArchiveProblems.duplicate(planned.displayName);
        }
        FileTime modified = planned.entry.getLastModifiedTime();
        if (modified != null && modified.toMillis() > 0) Files.setLastModifiedTime(target, modified);
        return null;
    }
}
