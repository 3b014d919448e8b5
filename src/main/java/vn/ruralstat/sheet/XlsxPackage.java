package vn.ruralstat.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The zip package of an .xlsx, checked before fastexcel-reader reads it. fastexcel opens the zip
 * with Commons Compress, so POI's {@code ZipSecureFile} limits do not protect it; these checks do.
 *
 * <ol>
 *   <li>The central directory, without inflating anything: at most {@value #MAX_ENTRIES} entries,
 *       their declared sizes adding up to no more than the limit, and no XML part inflating more
 *       than 100 times (see {@link #MIN_INFLATE_RATIO}).</li>
 *   <li>The parts fastexcel reads besides worksheets ([Content_Types].xml, the workbook, its
 *       relationships, styles, shared strings) are inflated once through a stream that stops one
 *       byte past the size the directory declares, so a directory that lies is caught, and parsed
 *       far enough to refuse a DOCTYPE.</li>
 *   <li>Each worksheet, just before fastexcel streams it, gets the same treatment in
 *       {@link #layout}, which also collects its hidden rows and columns.</li>
 * </ol>
 *
 * Parts are found the way fastexcel finds them (content types, then the workbook's relationships;
 * names compared exactly, then ignoring case), so the layout read is that of the sheet fastexcel reads.
 */
final class XlsxPackage implements Closeable {

    /** A workbook has a few parts per sheet and picture; ten thousand is far beyond any real one. */
    static final int MAX_ENTRIES = 10_000;

    /**
     * The smallest compressed/uncompressed size ratio accepted, POI's default for the same check
     * ({@code ZipSecureFile.MIN_INFLATE_RATIO}): XML that Excel writes compresses about 5 to 20
     * times, so an entry inflating more than 100 times is built to exhaust memory or time — the
     * "zip bomb" that unpacks a few kilobytes into gigabytes.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Below this uncompressed size the ratio is not checked, as in POI: small repetitive parts compress extremely well. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    private static final String WORKBOOK_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final Pattern LAST_SEGMENT = Pattern.compile("^(.*/)([^/]+)$");

    private final Path file;
    private final ZipFile zip;
    private Map<String, String> partsById = Collections.emptyMap();

    private XlsxPackage(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /**
     * Opens and checks the package.
     *
     * @throws UnreadableFileException when it is not a zip, is damaged, a zip bomb, or holds a DOCTYPE
     */
    static XlsxPackage open(Path file, long maxUnzippedBytes) throws IOException {
        long entries;
        try {
            entries = ZipEntryCount.count(file, MAX_ENTRIES);
        } catch (IOException e) {
            throw WorkbookFileProblems.corruptXlsx(file, e);
        }
        if (entries > MAX_ENTRIES) throw WorkbookFileProblems.tooManyZipEntries(file, MAX_ENTRIES);
        XlsxPackage pkg = new XlsxPackage(file, openZip(file));
        try {
            pkg.checkDirectory(maxUnzippedBytes);
            pkg.checkParts();
            return pkg;
        } catch (UnreadableFileException e) {
            pkg.close();
            throw e;
        } catch (RuntimeException e) {
            pkg.close();
            throw WorkbookFileProblems.corruptXlsx(file, e);
        }
    }

    private static ZipFile openZip(Path file) {
        try {
            return ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            throw WorkbookFileProblems.corruptXlsx(file, e);
        }
    }

    private void checkDirectory(long maxUnzippedBytes) {
        long total = 0;
        Set<String> names = new HashSet<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (!names.add(entry.getName()))
                throw WorkbookFileProblems.corruptXlsx(file, null); // Excel never repeats a part
            long size = entry.getSize();
            if (size < 0) throw WorkbookFileProblems.corruptXlsx(file, null);
            total += size;
            if (total > maxUnzippedBytes)
                throw WorkbookFileProblems.unzipsTooLarge(file, unzippedTotal(), maxUnzippedBytes);
            if (isXml(entry.getName())
                    && size > RATIO_GRACE_BYTES
                    && (double) entry.getCompressedSize() / size < MIN_INFLATE_RATIO) {
                throw WorkbookFileProblems.zipBomb(
                        file,
                        entry.getName(),
                        size / Math.max(1, entry.getCompressedSize()),
                        Math.round(1 / MIN_INFLATE_RATIO));
            }
        }
    }

    /**
     * Only XML parts are ever inflated, here or by fastexcel; pictures and other binaries are not,
     * so their ratio costs nothing, and a bitmap of blank paper compresses beyond 100 times.
     */
    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** The declared sizes of all entries added up, for the message (may overflow into "more than"). */
    private long unzippedTotal() {
        long total = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            total += Math.max(0, entry.getSize());
            if (total < 0) return Long.MAX_VALUE;
        }
        return total;
    }

    private void checkParts() {
        PartNames names = readPart("[Content_Types].xml", in -> {
            if (in == null) throw WorkbookFileProblems.corruptXlsx(file, null);
            PartNames found = new PartNames();
            XMLStreamReader xml = SecureXml.reader(in);
            while (SecureXml.nextStartElement(xml)) {
                if (xml.getLocalName().equals("Override"))
                    found.add(xml.getAttributeValue(null, "ContentType"), xml.getAttributeValue(null, "PartName"));
            }
            return found;
        });
        String workbook = names.workbook == null ? "/xl/workbook.xml" : names.workbook;
        partsById = relationships(relationshipsPartOf(workbook));
        checkPart(workbook);
        checkPart(names.styles);
        checkPart(names.sharedStrings);
    }

    /** The parts fastexcel takes from [Content_Types].xml: the first of each type. */
    private static final class PartNames {
        String workbook;
        String sharedStrings;
        String styles;

        void add(String type, String name) {
            if (workbook == null && (WORKBOOK_TYPE.equals(type) || MACRO_WORKBOOK_TYPE.equals(type))) workbook = name;
            if (sharedStrings == null && SHARED_STRINGS_TYPE.equals(type)) sharedStrings = name;
            if (styles == null && STYLES_TYPE.equals(type)) styles = name;
        }
    }

    /** "/xl/workbook.xml" → "/xl/_rels/workbook.xml.rels", as fastexcel names it. */
    private static String relationshipsPartOf(String part) {
        return LAST_SEGMENT.matcher(part).replaceFirst("$1_rels/$2.rels");
    }

    /** Relationship id → part name, targets resolved against the workbook's folder as fastexcel does. */
    private Map<String, String> relationships(String relsPart) {
        String folder = relsPart.substring(0, relsPart.indexOf("_rel"));
        return readPart(relsPart, in -> {
            if (in == null) throw WorkbookFileProblems.corruptXlsx(file, null);
            Map<String, String> byId = new HashMap<>();
            XMLStreamReader xml = SecureXml.reader(in);
            while (SecureXml.nextStartElement(xml)) {
                String target = xml.getAttributeValue(null, "Target");
                if (!xml.getLocalName().equals("Relationship") || target == null) continue;
                byId.put(xml.getAttributeValue(null, "Id"), target.startsWith("/") ? target : folder + target);
            }
            return byId;
        });
    }

    /** Inflates a part once, refusing a DOCTYPE and a part larger than declared; a missing part is for fastexcel to report. */
    private void checkPart(String name) {
        readPart(name, in -> {
            if (in == null) return null;
            SecureXml.nextStartElement(SecureXml.reader(in)); // a DOCTYPE can only come before the root element
            return in.transferTo(OutputStream.nullOutputStream());
        });
    }

    /**
     * The hidden rows and columns of the worksheet a relationship id points to (fastexcel's
     * {@code Sheet.getId()}), read just before fastexcel reads the same part.
     *
     * @throws UnreadableFileException when the part is missing, damaged, larger than declared, holds
     *                                 a DOCTYPE, has rows beyond {@code maxRows} or cells beyond column XFD
     */
    XlsxSheetLayout layout(String relationshipId, String sheet, int maxRows) {
        String name = relationshipId == null ? null : partsById.get(relationshipId);
        return readPart(name, in -> {
            if (in == null) throw WorkbookFileProblems.corruptXlsx(file, null);
            return XlsxSheetLayout.scan(SecureXml.reader(in), maxRows, file, sheet);
        });
    }

    /** Reads one part; {@code in} is null when the package has no such part. */
    @FunctionalInterface
    private interface PartReader<T> {
        T read(InputStream in) throws IOException, XMLStreamException, SecureXml.DoctypeFound;
    }

    private <T> T readPart(String name, PartReader<T> reader) {
        try (InputStream in = part(name)) {
            return reader.read(in);
        } catch (SecureXml.DoctypeFound e) {
            throw WorkbookFileProblems.doctypeInXlsx(file, strip(name));
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw partProblem(name, e);
        }
    }

    private UnreadableFileException partProblem(String name, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ByteLimitedInputStream.LimitExceeded) {
                return WorkbookFileProblems.partLargerThanDeclared(file, strip(name));
            }
        }
        return WorkbookFileProblems.corruptXlsx(file, e);
    }

    /**
     * The content of a part, inflated no further than its declared size, or null when there is no
     * such part. Looked up as fastexcel does: without the leading "/", exactly, then ignoring case.
     */
    private InputStream part(String name) throws IOException {
        if (name == null) return null;
        String entryName = strip(name);
        ZipArchiveEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            entry = Collections.list(zip.getEntries()).stream()
                    .filter(e -> e.getName().equalsIgnoreCase(entryName))
                    .findFirst()
                    .orElse(null);
        }
        if (entry == null) return null;
        return new ByteLimitedInputStream(zip.getInputStream(entry), entry.getSize());
    }

    private static String strip(String name) {
        return name != null && name.startsWith("/") ? name.substring(1) : name;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
