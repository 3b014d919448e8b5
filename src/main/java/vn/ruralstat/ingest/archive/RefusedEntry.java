package vn.ruralstat.ingest.archive;

import vn.ruralstat.message.Message;

/**
 * An entry of a .zip that was not extracted, and why, for the officer who sent the archive.
 *
 * @param displayName the entry as reports name it ({@code bao-cao.zip!/../../etc/passwd})
 * @param reason      why, naming the entry ({@code FILE_UNREADABLE.entry…} in the catalogue)
 */
public record RefusedEntry(String displayName, Message reason) {

    public String reasonVi() {
        return reason.vi();
    }

    public String reasonEn() {
        return reason.en();
    }
}
