package vn.ruralstat;

import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.ruralstat.cli.BeforeSpring;

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
        System.exit(SpringApplication.exit(SpringApplication.run(RuralstatApplication.class, args)));
    }
}
