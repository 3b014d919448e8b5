package vn.ruralstat.rulebook;

import vn.ruralstat.message.Message;

/**
 * A rulebook file that cannot be used as it is. The message names the file and line, what was
 * found and what was expected, in English and Vietnamese.
 */
public class RulebookDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param problem what is wrong, from the message catalogue ({@code rulebook.…}) */
    RulebookDataException(String resource, long line, Message problem) {
        super(resource + (line > 0 ? " line " + line : "") + ": " + problem.en() + " / " + resource
                + (line > 0 ? " dòng " + line : "") + ": " + problem.vi());
    }
}
