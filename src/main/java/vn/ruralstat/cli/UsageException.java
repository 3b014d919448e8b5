package vn.ruralstat.cli;

import vn.ruralstat.message.Message;

/** The command line cannot be used as given; the message is the one line the user sees, in their language. */
class UsageException extends Exception {

    private final transient Message reason;

    UsageException(Message reason) {
        super(reason.en());
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }
}
