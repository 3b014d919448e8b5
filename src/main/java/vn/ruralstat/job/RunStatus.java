package vn.ruralstat.job;

import org.springframework.batch.core.BatchStatus;
import vn.ruralstat.message.Message;

/** A run's Spring Batch status as the console words it ("hoàn thành", "thất bại"), never the enum's name. */
final class RunStatus {

    private RunStatus() {}

    static Message of(BatchStatus status) {
        return Message.of(
                switch (status) {
                    case COMPLETED -> "console.status.completed";
                    case FAILED -> "console.status.failed";
                    case STOPPED, STOPPING -> "console.status.stopped";
                    case ABANDONED -> "console.status.abandoned";
                    case STARTING, STARTED -> "console.status.running";
                    case UNKNOWN -> "console.status.unknown";
                });
    }
}
