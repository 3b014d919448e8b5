package vn.ruralstat.command;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ruralstat.message.Message;
import vn.ruralstat.message.MessageCatalogue;
import vn.ruralstat.message.VisibleText;

/**
 * The console the officer watches: a run's progress, one line per file and step, and what each
 * command reports, worded from the catalogue in the console's language — Vietnamese unless
 * {@code --lang en} (or the property {@value #LANGUAGE_PROPERTY}) asks for English. Logs stay English.
 */
@Component
public class RunProgress {

    /** The Spring property naming the console's language: "vi" (the default) or "en". */
    public static final String LANGUAGE_PROPERTY = "ruralstat.lang";

    private final Supplier<PrintStream> out;
    private volatile MessageCatalogue catalogue;

    @Autowired
    public RunProgress(@Value("${" + LANGUAGE_PROPERTY + ":vi}") String language) {
        this(() -> System.out, language); // looked up at each line: a test may redirect System.out
    }

    public RunProgress(Supplier<PrintStream> out, String language) {
        this.out = out;
        use(language);
    }

    /** Words the following lines in {@code language} ("vi" or "en"; anything else keeps Vietnamese). */
    public void use(String language) {
        this.catalogue = MessageCatalogue.of(language).orElse(MessageCatalogue.VIETNAMESE);
    }

    /** The console's language, "vi" or "en". */
    public String language() {
        return catalogue.language();
    }

    /** The sentence in the console's language. */
    public String text(Message message) {
        return catalogue.render(message);
    }

    /** Prints one line on standard output. */
    public void line(Message message) {
        print(text(message));
    }

    /** Prints a line already worded, e.g. a row of a table whose headers came from the catalogue. */
    public void print(String text) {
        PrintStream stream = out.get();
        stream.println(VisibleText.cell(text)); // a name pasted into a table row: its line breaks stay, ESC never

        stream.flush();
    }

    /** Prints one line on standard error: a refusal or a failure, with "ruralstat: " before it. */
    public void problem(Message message) {
        System.err.println("ruralstat: " + text(message));
        System.err.flush();
    }
}
