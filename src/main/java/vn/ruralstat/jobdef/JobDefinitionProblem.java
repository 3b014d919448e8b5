package vn.ruralstat.jobdef;

import vn.ruralstat.message.Message;

/**
 * One thing wrong in the job definitions, in English and Vietnamese.
 *
 * @param file       the file as the operator knows it, relative to the project folder
 *                   ({@code jobs/nightly.yaml})
 * @param line       1-based line of the key or value at fault; 0 when there is none (a missing key,
 *                   a file that cannot be read)
 * @param key        the key at fault as a path ({@code schedule}, {@code options.timeZone},
 *                   {@code periods.from}); null when the problem is the file as a whole
 * @param problem    what was found and what is expected, from the catalogue ({@code jobdef.*})
 */
public record JobDefinitionProblem(String file, int line, String key, Message problem) {

    /** What was found and what is expected, in English. */
    public String english() {
        return problem.en();
    }

    /** The same in Vietnamese. */
    public String vietnamese() {
        return problem.vi();
    }

    /**
     * {@code jobs/nightly.yaml line 4: key 'schedule': … / dòng 4: khóa 'schedule': …}; the line
     * and the key are left out when there are none.
     */
    public String message() {
        return file + (line > 0 ? " " : ": ") + placed().en() + " / " + placed().vi();
    }

    /** {@code jobs/nightly.yaml dòng 4: khóa 'schedule': …} in the catalogue's language alone, for the console. */
    public String text(vn.ruralstat.message.MessageCatalogue catalogue) {
        return file + (line > 0 ? " " : ": ") + catalogue.render(placed());
    }

    private Message placed() {
        Message placed;
        if (line > 0) {
            placed = key == null
                    ? Message.of("jobdef.problem.atLine", line, problem)
                    : Message.of("jobdef.problem.atLineAndKey", line, key, problem);
        } else {
            placed = key == null ? problem : Message.of("jobdef.problem.atKey", key, problem);
        }
        return placed;
    }

    @Override
    public String toString() {
        return message();
    }
}
