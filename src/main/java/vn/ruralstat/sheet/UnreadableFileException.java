package vn.ruralstat.sheet;

import java.util.List;

/**
 * A file that cannot be read as a spreadsheet: corrupt, encrypted, or not what its name says.
 *
 * <p>The message for the officer who sent the file is a key of the message catalogue
 * ({@code FILE_UNREADABLE.passwordProtected}, …) and its arguments; the layer that turns the
 * exception into a finding renders it, so that this package imports nothing. Arguments are
 * formatted here, once per language where a number is written differently ("63,2 MB" against
 * "63.2 MB"); otherwise both lists are the same.
 */
public class UnreadableFileException extends RuntimeException {

    private final String messageKey;
    private final List<String> argumentsVi;
    private final List<String> argumentsEn;

    public UnreadableFileException(String messageKey, List<String> arguments, Throwable cause) {
        this(messageKey, arguments, arguments, cause);
    }

    public UnreadableFileException(
            String messageKey, List<String> argumentsVi, List<String> argumentsEn, Throwable cause) {
        super(messageKey + " " + argumentsEn, cause);
        if (argumentsVi.size() != argumentsEn.size()) {
            throw new IllegalArgumentException("arguments differ in number: " + argumentsVi + " / " + argumentsEn);
        }
        this.messageKey = messageKey;
        this.argumentsVi = List.copyOf(argumentsVi);
        this.argumentsEn = List.copyOf(argumentsEn);
    }

    /** The catalogue key of the officer's message. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments as written in the Vietnamese message. */
    public List<String> argumentsVi() {
        return argumentsVi;
    }

    /** The arguments as written in the English message: the same but for the numbers' marks. */
    public List<String> argumentsEn() {
        return argumentsEn;
    }
}
