package vn.ruralstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of the input folder by what it is, not where it comes in the listing: its path relative
 * to the folder, its size and the SHA-256 of its bytes (hashed as a stream, never held in memory).
 * A restarted run compares these to know which files it already read.
 */
public record InputIdentity(String path, long size, String sha256) {

    public static InputIdentity of(Path root, Path file) throws IOException {
        return new InputIdentity(InputFiles.relative(root, file), Files.size(file), FileIngester.sha256(file));
    }
}
