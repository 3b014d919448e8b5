package vn.ruralstat.boundary;

import vn.ruralstat.message.Message;

/** A crosswalk file that cannot be used as it is; the message names the file and line, in Vietnamese and English. */
public class CrosswalkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String vietnamese;
    private final String english;

    /** @param problem what is wrong, from the message catalogue ({@code crosswalk.…}) */
    CrosswalkException(String where, Message problem) {
        super(where + ": " + problem.vi() + " / " + where + ": " + problem.en());
        this.vietnamese = where + ": " + problem.vi();
        this.english = where + ": " + problem.en();
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
