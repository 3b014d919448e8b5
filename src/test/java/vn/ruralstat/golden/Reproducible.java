package vn.ruralstat.golden;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a generated workbook the same bytes on every run: POI stamps the creation time into
 * {@code docProps/core.xml} and the zip entries, so the file's SHA-256 and size, which the
 * reports show, would change from run to run.
 */
final class Reproducible {

    private Reproducible() {}

    static void rezip(Path xlsx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(xlsx.toFile());
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (InputStream entryIn = in.getInputStream(entry)) {
                    content = entryIn.readAllBytes();
                }
                if (entry.getName().equals("docProps/core.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "2025-12-31T00:00:00Z")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(0);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            bytes.writeTo(out);
        }
    }
}
