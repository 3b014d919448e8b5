package vn.ruralstat.boundary;

/** A crosswalk file that cannot be used as it is; the message names the file and line, in Vietnamese and English. */
public class CrosswalkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CrosswalkException(String where, String vi, String en) {
        super(where + ": " + vi + " / " + where + ": " + en);
    }
}
