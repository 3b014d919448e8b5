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
        super(english(resource, line, problem) + " / " + vietnamese(resource, line, problem));
        this.vietnamese = vietnamese(resource, line, problem);
        this.english = english(resource, line, problem);
    }

    private final String vietnamese;
    private final String english;

    /** The file, line and problem in Vietnamese, for the officer's console. */
    public String vietnamese() {
        return vietnamese;
    }

    /** The same in English, for {@code --lang en} and the logs. */
    public String english() {
        return english;
    }

    private static String english(String resource, long line, Message problem) {
        return resource + (line > 0 ? " line " + line : "") + ": " + problem.en();
    }

    private static String vietnamese(String resource, long line, Message problem) {
        return resource + (line > 0 ? " dòng " + line : "") + ": " + problem.vi();
    }
}
