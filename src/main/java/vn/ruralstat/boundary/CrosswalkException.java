package vn.ruralstat.boundary;

/** A crosswalk file that cannot be used as it is; the message names the file and line, in Vietnamese and English. */
public class CrosswalkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String vietnamese;
    private final String english;

    CrosswalkException(String where, String vi, String en) {
        super(where + ": " + vi + " / " + where + ": " + en);
        this.vietnamese = where + ": " + vi;
        this.english = where + ": " + en;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
