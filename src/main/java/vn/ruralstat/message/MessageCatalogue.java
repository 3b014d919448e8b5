package vn.ruralstat.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The texts of one language, read from {@code messages/messages_<lang>.properties} (UTF-8).
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, … and nothing else: each is replaced by the argument
 * at that position, and every other character is copied as written. {@link java.text.MessageFormat}
 * is deliberately not used: it treats a single quote as an escape (English "commune's" would have to
 * be written {@code commune''s}, an easy slip for whoever edits the file) and formats numbers by
 * locale, while our numbers must keep the exact Vietnamese formatting the calling code gives them.
 * So arguments arrive as text and the substitution is plain.
 */
public final class MessageCatalogue {

    public static final MessageCatalogue VIETNAMESE = load("vi");
    public static final MessageCatalogue ENGLISH = load("en");

    private final String language;
    private final boolean english;
    private final Map<String, String> texts;

    private MessageCatalogue(String language, Map<String, String> texts) {
        this.language = language;
        this.english = "en".equals(language);
        this.texts = texts;
    }

    static MessageCatalogue load(String language) {
        String resource = "/messages/messages_" + language + ".properties";
        try (InputStream in = MessageCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message catalogue " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return new MessageCatalogue(language, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue of a language code, "vi" or "en"; empty for any other. */
    public static java.util.Optional<MessageCatalogue> of(String language) {
        return switch (language) {
            case "vi" -> java.util.Optional.of(VIETNAMESE);
            case "en" -> java.util.Optional.of(ENGLISH);
            default -> java.util.Optional.empty();
        };
    }

    /** Every key and its text, sorted by key. */
    public Map<String, String> texts() {
        return java.util.Collections.unmodifiableMap(texts);
    }

    public String language() {
        return language;
    }

    /**
     * The text of a message, its placeholders replaced by its arguments rendered in this language;
     * control characters in an argument are shown as {@code <U+XXXX>} ({@link VisibleText}).
     */
    public String render(Message message) {
        String pattern = texts.get(message.key());
        if (pattern == null) {
            throw new IllegalArgumentException("no " + language + " text for message key " + message.key());
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? placeholderEnd(pattern, i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            int index = Integer.parseInt(pattern.substring(i + 1, close));
            if (index >= message.arguments().size()) {
                throw new IllegalArgumentException("message " + message.key() + " needs argument {" + index
                        + "} but has " + message.arguments().size());
            }
            Object argument = message.arguments().get(index);
            // Arguments carry text from outside (file names, cells): shown, never acted on by a terminal.
            out.append(
                    argument instanceof Message nested
                            ? render(nested)
                            : VisibleText.line(
                                    argument instanceof Localized localized
                                            ? (english ? localized.en() : localized.vi())
                                            : (String) argument));
            i = close + 1;
        }
        return out.toString();
    }

    /** The position of the {@code }} closing a placeholder {@code {digits}} that opens at {@code open}, or -1. */
    static int placeholderEnd(String pattern, int open) {
        int j = open + 1;
        while (j < pattern.length() && pattern.charAt(j) >= '0' && pattern.charAt(j) <= '9') {
            j++;
        }
        return j > open + 1 && j < pattern.length() && pattern.charAt(j) == '}' ? j : -1;
    }
}
