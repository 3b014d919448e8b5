package vn.ruralstat.cli;

/** The command line cannot be used as given; the message is the one line the user sees. */
class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
