package vn.ruralstat.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds an .xlsx zip part by part, for quirks that POI will not write: rows without numbers,
 * DOCTYPEs, forged sizes. The parts are the least fastexcel needs: content types, workbook, its
 * relationships, styles, shared strings and one worksheet (xl/worksheets/sheet1.xml).
 */
final class HandMadeXlsx {

    static final String SHEET_PART = "xl/worksheets/sheet1.xml";
    static final String SHARED_STRINGS_PART = "xl/sharedStrings.xml";
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private HandMadeXlsx(String sheetXml, String sharedStringsXml) {
        put(
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>""");
        put(
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        put(
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Thôn" sheetId="1" r:id="rId1"/></sheets></workbook>"""
                        .formatted(MAIN));
        put(
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>""");
        put(
                "xl/styles.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <styleSheet xmlns="%s"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>"""
                        .formatted(MAIN));
        put(SHARED_STRINGS_PART, sharedStringsXml);
        put(SHEET_PART, sheetXml);
    }

    /** A workbook of one sheet "Thôn" whose {@code <sheetData>} holds {@code rowsXml}, and no shared strings. */
    static HandMadeXlsx withRows(String rowsXml) {
        return withSheet(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>"""
                        .formatted(MAIN, rowsXml));
    }

    /** A workbook whose only worksheet part is {@code sheetXml}, and no shared strings. */
    static HandMadeXlsx withSheet(String sheetXml) {
        return new HandMadeXlsx(
                sheetXml,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <sst xmlns="%s" count="0" uniqueCount="0"/>"""
                        .formatted(MAIN));
    }

    /** A workbook whose shared strings part is {@code sharedStringsXml}; cell A1 shows string 0. */
    static HandMadeXlsx withSharedStrings(String sharedStringsXml) {
        return new HandMadeXlsx(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"""
                        .formatted(MAIN),
                sharedStringsXml);
    }

    HandMadeXlsx put(String part, String content) {
        return put(part, content.getBytes(StandardCharsets.UTF_8));
    }

    HandMadeXlsx put(String part, byte[] content) {
        parts.put(part, content);
        return this;
    }

    Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * Rewrites the uncompressed size that a zip's central directory declares for one entry, as a
     * forger would; the data is left alone. Zip readers that open a file (rather than stream it)
     * take sizes from the central directory only.
     */
    static void declareSize(Path zip, String entryName, long size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) != 0x02014b50) continue;
            int nameLength = buffer.getShort(i + 28) & 0xFFFF;
            if (nameLength == name.length
                    && ByteBuffer.wrap(bytes, i + 46, nameLength).equals(ByteBuffer.wrap(name))) {
                buffer.putInt(i + 24, (int) size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + entryName + " in " + zip);
    }
}
