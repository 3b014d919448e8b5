package vn.ruralstat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.ruralstat.cli.Usage;

@SpringBootApplication
public class RuralstatApplication {
    public static void main(String[] args) {
        if (Usage.printIfAsked(args, System.out)) return; // help starts neither the database nor a job
        System.exit(SpringApplication.exit(SpringApplication.run(RuralstatApplication.class, args)));
    }
}
