package vn.ruralstat.ingest.archive;

import java.nio.file.Path;

/**
 * A spreadsheet taken out of a .zip.
 *
 * @param extracted   where it was written, inside the folder given to {@link ZipInputExpander#expand}
 * @param displayName how reports name it: the archive's label, "!/", and its path inside the archive
 *                    ({@code xa-ngan-son.zip!/thon/bieu-1.xlsx})
 */
public record ExpandedFile(Path extracted, String displayName) {}
