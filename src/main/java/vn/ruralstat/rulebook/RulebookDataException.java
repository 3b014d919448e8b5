package vn.ruralstat.rulebook;

/**
 * A rulebook file that cannot be used as it is. The message names the file and line, what was
 * found and what was expected, in English and Vietnamese.
 */
public class RulebookDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RulebookDataException(String resource, long line, String en, String vi) {
        super(resource + (line > 0 ? " line " + line : "") + ": " + en + " / " + resource
                + (line > 0 ? " dòng " + line : "") + ": " + vi);
    }
}
