package vn.ruralstat.job;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ruralstat.register.NationalRegister;
import vn.ruralstat.register.RegisterLoader;

/**
 * The national unit register of every run, read once: the one shipped in {@code register/} on the
 * classpath, or an office's own folder ({@code ruralstat.register.folder}, holding a
 * {@code registers.csv} and the files it names). Whoever needs it gets it by constructor.
 */
@Configuration
public class RegisterConfig {

    @Bean
    NationalRegister nationalRegister(@Value("${ruralstat.register.folder:}") String folder) {
        return folder.isBlank() ? RegisterLoader.fromClasspath() : RegisterLoader.fromFolder(Path.of(folder));
    }
}
