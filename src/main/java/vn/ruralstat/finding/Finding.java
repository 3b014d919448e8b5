package vn.ruralstat.finding;

import java.util.List;
import vn.ruralstat.message.Message;

/**
 * One data-quality finding: a stable code, a severity, its message (a catalogue key and arguments)
 * rendered in Vietnamese and English, where it was found, and the reported and expected figures
 * when the finding compares them.
 *
 * <p>A finding is built from its code (and a variant where one code has several sentences, as in
 * {@code FILE_UNREADABLE.password}), its source and its arguments; the texts come from the
 * catalogue ({@code messages/messages_vi.properties}, {@code messages_en.properties}). A finding
 * read back from storage keeps the texts as they were stored.
 */
public record Finding(
        FindingCode code,
        Severity severity,
        Message message,
        String messageVi,
        String messageEn,
        SourceRef source,
        String reported,
        String expected) {

    /** A finding whose sentence is the code's own ({@code CODE} in the catalogue). */
    public static Finding of(FindingCode code, SourceRef source, Object... arguments) {
        return of(code, source, Message.of(code.name(), arguments));
    }

    /** A finding whose sentence is one of the code's variants ({@code CODE.variant} in the catalogue). */
    public static Finding of(FindingCode code, String variant, SourceRef source, Object... arguments) {
        return of(code, source, Message.of(code.name() + "." + variant, arguments));
    }

    /** A finding with a message built elsewhere (a reason carried by an exception, say). */
    public static Finding of(FindingCode code, SourceRef source, Message message) {
        return new Finding(code, code.severity(), message, message.vi(), message.en(), source, null, null);
    }

    /** A finding comparing a reported figure with the expected one. */
    public static Finding mismatch(
            FindingCode code, SourceRef source, String reported, String expected, Object... arguments) {
        Message message = Message.of(code.name(), arguments);
        return new Finding(code, code.severity(), message, message.vi(), message.en(), source, reported, expected);
    }

    /** A comparing finding whose sentence is one of the code's variants. */
    public static Finding mismatch(
            FindingCode code, String variant, SourceRef source, String reported, String expected, Object... arguments) {
        Message message = Message.of(code.name() + "." + variant, arguments);
        return new Finding(code, code.severity(), message, message.vi(), message.en(), source, reported, expected);
    }

    /** The catalogue key of the sentence, or null for a finding stored before keys were kept. */
    public String key() {
        return message == null ? null : message.key();
    }

    /** The arguments of the sentence (text or nested messages), empty when unknown. */
    public List<Object> arguments() {
        return message == null ? List.of() : message.arguments();
    }
}
