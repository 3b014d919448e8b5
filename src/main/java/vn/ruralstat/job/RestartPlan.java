package vn.ruralstat.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ruralstat.ingest.InputIdentity;
import vn.ruralstat.store.RunInputs;

/**
 * What a restarted run does with each file, decided by identity (path and SHA-256), not by the
 * position a file had in the folder's listing when the run started:
 *
 * <ul>
 *   <li>listed, committed, unchanged: kept, not read again;
 *   <li>listed, committed, changed since: its rows are dropped and it is read again;
 *   <li>listed, vanished: its rows are dropped if it had been read; taken off the list either way;
 *   <li>listed, not committed yet: read (its listed identity updated when it changed);
 *   <li>new in the folder: added to the list and read in this run ("đọc thêm") — the report of the
 *       run then covers the folder as it is when the run ends, as a new run's would.
 * </ul>
 *
 * @param toRead         the files to hand to the ingest step, in the folder's order
 * @param kept           files already read and unchanged
 * @param vanishedRead   files read before the stop and gone since: their rows are dropped
 * @param vanishedUnread files listed, not read, gone since
 * @param changed        files read before the stop and changed since: rows dropped, read again
 * @param relisted       listed files whose size or content changed: the list is brought up to date
 * @param added          files not on the list: listed after its last file, and read
 */
record RestartPlan(
        List<InputIdentity> toRead,
        int kept,
        List<String> vanishedRead,
        List<String> vanishedUnread,
        List<InputIdentity> changed,
        List<InputIdentity> relisted,
        List<InputIdentity> added) {

    static RestartPlan of(List<RunInputs.Listed> listed, Map<String, String> committed, List<InputIdentity> now) {
        Map<String, InputIdentity> present = new HashMap<>();
        now.forEach(f -> present.put(f.path(), f));
        Map<String, RunInputs.Listed> onList = new HashMap<>();
        listed.forEach(f -> onList.put(f.path(), f));

        List<String> vanishedRead = new ArrayList<>();
        List<String> vanishedUnread = new ArrayList<>();
        for (RunInputs.Listed f : listed) {
            if (present.containsKey(f.path())) continue;
            (committed.containsKey(f.path()) ? vanishedRead : vanishedUnread).add(f.path());
        }
        List<InputIdentity> toRead = new ArrayList<>();
        List<InputIdentity> changed = new ArrayList<>();
        List<InputIdentity> relisted = new ArrayList<>();
        List<InputIdentity> added = new ArrayList<>();
        int kept = 0;
        for (InputIdentity f : now) {
            RunInputs.Listed was = onList.get(f.path());
            if (was == null) {
                added.add(f);
                toRead.add(f);
                continue;
            }
            if (!was.sha256().equals(f.sha256()) || was.size() != f.size()) relisted.add(f);
            String read = committed.get(f.path());
            if (read == null) {
                toRead.add(f);
            } else if (read.equals(f.sha256())) {
                kept++;
            } else {
                changed.add(f);
                toRead.add(f);
            }
        }
        return new RestartPlan(toRead, kept, vanishedRead, vanishedUnread, changed, relisted, added);
    }
}
