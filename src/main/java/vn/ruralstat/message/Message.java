package vn.ruralstat.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence to be rendered from the catalogue: its key (a finding code, optionally with a variant,
 * as in {@code FILE_UNREADABLE.password}) and its arguments.
 *
 * <p>An argument is either already-formatted text (numbers are formatted by the caller, Vietnamese
 * style where the sentence wants it; anything else is turned into text with {@link String#valueOf},
 * exactly as string concatenation would) or another {@code Message}, rendered in the same language
 * as the sentence that holds it (a reason inside a finding, a field name inside a check), or a
 * {@link Localized} pair when the two languages write it differently (a size "63,2 MB" / "63.2 MB").
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(key, "key");
        List<Object> copy = new ArrayList<>(arguments.size());
        for (Object argument : arguments) {
            if (argument instanceof Localized same && Objects.equals(same.vi(), same.en())) {
                copy.add(same.vi()); // written alike in both languages: plain text
            } else {
                copy.add(
                        argument instanceof Message || argument instanceof Localized
                                ? argument
                                : String.valueOf(argument));
            }
        }
        arguments = Collections.unmodifiableList(copy);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, java.util.Arrays.asList(arguments));
    }

    /**
     * A message whose arguments were formatted once per language (by a reader in {@code sheet}, which
     * cannot name this type); an argument written the same in both stays plain text.
     */
    public static Message localized(String key, List<String> argumentsVi, List<String> argumentsEn) {
        if (argumentsVi.size() != argumentsEn.size()) {
            throw new IllegalArgumentException("arguments differ in number: " + argumentsVi + " / " + argumentsEn);
        }
        Object[] arguments = new Object[argumentsVi.size()];
        for (int i = 0; i < arguments.length; i++) {
            String vi = argumentsVi.get(i);
            String en = argumentsEn.get(i);
            arguments[i] = java.util.Objects.equals(vi, en) ? vi : new Localized(vi, en);
        }
        return of(key, arguments);
    }

    /** The Vietnamese text, as an officer reads it. */
    public String vi() {
        return MessageCatalogue.VIETNAMESE.render(this);
    }

    /** The English text, for logs and the English fields of the JSON. */
    public String en() {
        return MessageCatalogue.ENGLISH.render(this);
    }

    /** The arguments as text, nested messages shown by their key: for tests and logs. */
    @Override
    public String toString() {
        return key + arguments;
    }
}
