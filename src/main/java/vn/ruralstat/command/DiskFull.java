package vn.ruralstat.command;

import java.nio.file.FileSystemException;
import java.util.Optional;

/**
 * Whether a failure is a full disk, the one failure an officer can mend alone (free some room, or
 * choose another output folder): it gets its own sentence instead of the technical one. The JDK
 * reports it as the operating system words it ("No space left on device" on Linux, "There is not
 * enough space on the disk" on Windows), in a plain {@code IOException} or a
 * {@link FileSystemException} with the file.
 */
public final class DiskFull {

    private static final String[] WORDINGS = {"No space left on device", "not enough space on the disk"};

    private DiskFull() {}

    /**
     * The failure, or one of its causes, says the disk is full: empty if not, else the file being
     * written when one of them names it (a wrapper's message repeats its cause's, without the file).
     */
    public static Optional<String> in(Throwable failure) {
        Optional<String> found = Optional.empty();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        if (failure != null) todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) continue;
            if (t instanceof FileSystemException f && says(f.getReason()) && f.getFile() != null) {
                return Optional.of(f.getFile());
            }
            if (says(t.getMessage())) found = Optional.of("");
            if (t.getCause() != null) todo.add(t.getCause());
            todo.addAll(java.util.List.of(t.getSuppressed()));
        }
        return found;
    }

    private static boolean says(String message) {
        if (message == null) return false;
        for (String wording : WORDINGS) {
            if (message.contains(wording)) return true;
        }
        return false;
    }
}
