package vn.ruralstat.ingest.archive;

/**
 * An entry of a .zip that was not extracted, and why, for the officer who sent the archive.
 *
 * @param displayName the entry as reports name it ({@code bao-cao.zip!/../../etc/passwd})
 * @param reasonVi    the reason in Vietnamese, naming the entry
 * @param reasonEn    the same in English
 */
public record RefusedEntry(String displayName, String reasonVi, String reasonEn) {
}
