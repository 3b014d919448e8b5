package vn.ruralstat;

import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.ruralstat.cli.BeforeSpring;
import vn.ruralstat.cli.Debug;
import vn.ruralstat.cli.FailureLine;
import vn.ruralstat.config.ConfigFile;
import vn.ruralstat.config.ConfigFileException;

@SpringBootApplication
public class RuralstatApplication {
    public static void main(String[] args) {
        // Help and unusable arguments are answered before Spring starts: no database, no job, no wait.
        OptionalInt answered = BeforeSpring.answer(args, System.out, System.err);
        if (answered.isPresent()) {
            if (answered.getAsInt() != 0) System.exit(answered.getAsInt());
            return;
        }
        BeforeSpring.useLanguage(args);
        Debug.useIfAsked(args);
        try {
            // An office's file that cannot be read (not there, not UTF-8) is refused before Spring starts.
            Optional<java.nio.file.Path> config = ConfigFile.locate(args);
            if (config.isPresent()) ConfigFile.read(config.get());
        } catch (ConfigFileException e) {
            System.err.println("ruralstat: " + BeforeSpring.catalogue(args).render(e.problem()));
            System.exit(2);
        }
        int exitCode;
        try {
            exitCode = SpringApplication.exit(
                    SpringApplication.run(RuralstatApplication.class, Debug.withoutOption(args)));
        } catch (RuntimeException e) {
            // Already told in one line by OneLineFailureReporter; here only the exit code.
            exitCode = FailureLine.of(e, "").exitCode();
        }
        System.exit(exitCode);
    }
}
