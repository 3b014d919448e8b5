package vn.ruralstat.command;

import java.io.PrintStream;
import org.springframework.stereotype.Component;

/** Prints a run's progress for the officer watching the console: one line per file and step. */
@Component
public class RunProgress {

    private final PrintStream out = System.out;

    public void line(String text) {
        out.println(text);
        out.flush();
    }
}
