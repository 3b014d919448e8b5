package vn.ruralstat.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;

/**
 * The serif faces of the forms, embedded (Identity-H, so every Vietnamese letter is kept):
 * Liberation Serif from {@code openpdf-fonts-extra}, the metric twin of Times New Roman that
 * NĐ 30/2020 prescribes; else the system's DejaVu Serif.
 */
final class PdfFonts {

    static final String LIBERATION = "liberation/LiberationSerif-";
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final BaseFont boldItalic;

    private PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.boldItalic = boldItalic;
    }

    /** @throws IllegalStateException with one line naming what to install, when no face is found */
    static PdfFonts load() {
        try {
            if (PdfFonts.class.getClassLoader().getResource(LIBERATION + "Regular.ttf") != null) {
                return new PdfFonts(bundled("Regular"), bundled("Bold"), bundled("Italic"), bundled("BoldItalic"));
            }
            if (Files.isRegularFile(DEJAVU.resolve("DejaVuSerif.ttf"))) {
                return new PdfFonts(
                        system("DejaVuSerif.ttf"),
                        system("DejaVuSerif-Bold.ttf"),
                        system("DejaVuSerif-Italic.ttf"),
                        system("DejaVuSerif-BoldItalic.ttf"));
            }
        } catch (IOException e) {
            throw missing();
        }
        throw missing();
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font italic(float size) {
        return new Font(italic, size);
    }

    Font boldItalic(float size) {
        return new Font(boldItalic, size);
    }

    private static BaseFont bundled(String face) throws IOException {
        String name = LIBERATION + face + ".ttf";
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException(name);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
    }

    private static BaseFont system(String file) throws IOException {
        Path path = DEJAVU.resolve(file);
        if (!Files.isRegularFile(path)) path = DEJAVU.resolve("DejaVuSerif.ttf");
        return BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    private static IllegalStateException missing() {
        return new IllegalStateException(MessageCatalogue.VIETNAMESE.render(Message.of("pdf.fontMissing", DEJAVU)));
    }
}
