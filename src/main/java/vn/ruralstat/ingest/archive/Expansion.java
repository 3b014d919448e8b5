package vn.ruralstat.ingest.archive;

import java.util.List;

/**
 * What became of the entries of one .zip. Folders, macOS metadata ({@code __MACOSX/}), hidden files
 * and Excel's "~$" lock files appear in none of the lists.
 *
 * @param files   the spreadsheets extracted, in the archive's order
 * @param refused entries not extracted because they are unsafe, damaged or beyond a limit, with the reason
 * @param ignored display names of the other files (not spreadsheets), never extracted
 */
public record Expansion(List<ExpandedFile> files, List<RefusedEntry> refused, List<String> ignored) {

    public Expansion {
        files = List.copyOf(files);
        refused = List.copyOf(refused);
        ignored = List.copyOf(ignored);
    }
}
