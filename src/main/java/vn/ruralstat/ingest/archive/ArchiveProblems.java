package vn.ruralstat.ingest.archive;

import java.util.List;
import java.util.Locale;
import vn.ruralstat.message.Localized;
import vn.ruralstat.message.Message;
import vn.ruralstat.sheet.UnreadableFileException;

/**
 * Why a .zip, or one of its entries, is not extracted, worded for the officer who sent it
 * (Vietnamese, then English). Entry reasons name the entry by its display name.
 */
final class ArchiveProblems {

    private ArchiveProblems() {}

    // --- the whole archive ---

    static UnreadableFileException empty(String archive) {
        return new UnreadableFileException("FILE_UNREADABLE.archiveEmpty", List.of(archive), null);
    }

    static UnreadableFileException notAZip(String archive, Throwable cause) {
        return new UnreadableFileException("FILE_UNREADABLE.archiveNotAZip", List.of(archive), cause);
    }

    static UnreadableFileException tooManyEntries(String archive, int limit) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.archiveTooManyEntries",
                List.of(archive, count(limit, '.')),
                List.of(archive, count(limit, ',')),
                null);
    }

    static UnreadableFileException tooLarge(String archive, long unzipped, long limit) {
        return new UnreadableFileException(
                "FILE_UNREADABLE.archiveTooLarge",
                List.of(archive, size(unzipped, ','), size(limit, ',')),
                List.of(archive, size(unzipped, '.'), size(limit, '.')),
                null);
    }

    // --- one entry ---

    static RefusedEntry escapesFolder(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entryEscapesFolder", entry));
    }

    static RefusedEntry invalidName(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entryInvalidName", entry));
    }

    static RefusedEntry symbolicLink(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entrySymbolicLink", entry));
    }

    static RefusedEntry nestedZip(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entryNestedZip", entry));
    }

    static RefusedEntry encrypted(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entryEncrypted", entry));
    }

    static RefusedEntry unsupportedMethod(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entryUnsupportedMethod", entry));
    }

    static RefusedEntry entryTooLarge(String entry, long size, long limit) {
        return new RefusedEntry(
                entry,
                Message.of(
                        "FILE_UNREADABLE.entryTooLarge",
                        entry,
                        new Localized(size(size, ','), size(size, '.')),
                        new Localized(size(limit, ','), size(limit, '.'))));
    }

    static RefusedEntry zipBomb(String entry, long ratio, long maxRatio) {
        return new RefusedEntry(
                entry,
                Message.of(
                        "FILE_UNREADABLE.entryZipBomb",
                        entry,
                        new Localized(count(ratio, '.'), count(ratio, ',')),
                        maxRatio));
    }

    static RefusedEntry largerThanDeclared(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entryLargerThanDeclared", entry));
    }

    static RefusedEntry damaged(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entryDamaged", entry));
    }

    static RefusedEntry duplicate(String entry) {
        return new RefusedEntry(entry, Message.of("FILE_UNREADABLE.entryDuplicate", entry));
    }

    /** "63.2 MB" or "4.0 GB" (or "63,2 MB" with a decimal comma); below 1 MB in whole KB, rounded up. */
    private static String size(long bytes, char decimalMark) {
        if (bytes < 1024 * 1024) return ((bytes + 1023) / 1024) + " KB";
        boolean gigabytes = bytes >= 1024L * 1024 * 1024;
        String text = String.format(Locale.ROOT, "%.1f", bytes / (gigabytes ? 1024.0 * 1024 * 1024 : 1024.0 * 1024));
        return text.replace('.', decimalMark) + (gigabytes ? " GB" : " MB");
    }

    /** "10,000", or "10.000" the Vietnamese way. */
    private static String count(long value, char groupMark) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', groupMark);
    }
}
