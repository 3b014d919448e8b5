package vn.ruralstat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.ruralstat.cli.Usage;
import vn.ruralstat.config.ConfigFile;
import vn.ruralstat.config.ConfigFileException;

@SpringBootApplication
public class RuralstatApplication {
    public static void main(String[] args) {
        if (Usage.printIfAsked(args, System.out)) return; // help starts neither the database nor a job
        try {
            ConfigFile.locate(args); // a --config file that is not there is refused before Spring starts
        } catch (ConfigFileException e) {
            System.err.println("ruralstat: " + e.problem().vi());
            System.exit(2);
        }
        System.exit(SpringApplication.exit(SpringApplication.run(RuralstatApplication.class, args)));
    }
}
