package vn.ruralstat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RuralstatApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(RuralstatApplication.class, args)));
    }
}
