package vn.ruralstat.config;

import vn.ruralstat.message.Message;

/** The configuration file cannot be used; its message is the one line the officer sees. */
public final class ConfigFileException extends Exception {

    private final transient Message message;

    ConfigFileException(String key, Object... arguments) {
        super(Message.of(key, arguments).en());
        this.message = Message.of(key, arguments);
    }

    /** What went wrong, to render in the officer's language. */
    public Message problem() {
        return message;
    }
}
