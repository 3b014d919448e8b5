package vn.ruralstat.sheet;

/**
 * A file that cannot be read as a spreadsheet: corrupt, encrypted, or not what its name says.
 * The messages are meant for the officer who sent the file, in Vietnamese and English.
 */
public class UnreadableFileException extends RuntimeException {

    private final String messageVi;

    public UnreadableFileException(String messageVi, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.messageVi = messageVi;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }
}
