package vn.ruralstat.ingest.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * Entry names as the officer typed them, and whether they are safe to extract.
 *
 * <p>Encoding: a name flagged UTF-8, or carrying Info-ZIP's Unicode path field (7-Zip, WinRAR),
 * is taken as the zip library decoded it. Windows' "Send to › Compressed folder" flags neither and
 * writes the names in the machine's OEM code page, which on Vietnamese Windows is Windows-1258; so
 * a name whose bytes are not valid UTF-8 is read as Windows-1258. Names are then composed (NFC), as
 * {@code UnitNames} does for cell text, so "Thôn" typed either way is the same file name.
 */
final class ZipEntryNames {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ZipEntryNames() {}

    /** The entry's name, decoded as above, with "\" (written by some Windows tools) turned into "/". */
    static String decode(ZipArchiveEntry entry) {
        String name = entry.getName();
        byte[] raw = entry.getRawName();
        boolean declaredUnicode = entry.getGeneralPurposeBit().usesUTF8ForNames()
                || entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null;
        if (!declaredUnicode && raw != null) {
            try {
                name = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw))
                        .toString();
            } catch (CharacterCodingException notUtf8) {
                name = new String(raw, WINDOWS_1258);
            }
        }
        return Normalizer.normalize(name.replace('\\', '/'), Normalizer.Form.NFC);
    }

    /** True for a path that would leave the extraction folder: absolute, a drive letter, or a ".." segment. */
    static boolean escapesFolder(String name) {
        if (name.startsWith("/") || DRIVE.matcher(name).matches()) return true;
        for (String segment : name.split("/")) {
            if (segment.equals("..")) return true;
        }
        return false;
    }

    /** The path's segments without empty and "." ones: "a//./b.xlsx" → [a, b.xlsx]. */
    static List<String> segments(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (!segment.isEmpty() && !segment.equals(".")) segments.add(segment);
        }
        return segments;
    }

    /** macOS metadata ("__MACOSX/"), hidden files and folders (".x"), Excel lock files ("~$x"): never wanted. */
    static boolean isClutter(List<String> segments) {
        if (!segments.isEmpty() && segments.get(0).equals("__MACOSX")) return true;
        for (String segment : segments) {
            if (segment.startsWith(".") || segment.startsWith("~$")) return true;
        }
        return false;
    }
}
