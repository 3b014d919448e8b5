package vn.ruralstat.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void prefersTheFileNextToTheJarToTheOneInTheWorkingFolder() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("opt"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(jar.resolve(ConfigFile.NAME), "a=1");
        Files.writeString(work.resolve(ConfigFile.NAME), "a=2");

        assertThat(ConfigFile.locate(new String[0], jar, work)).contains(jar.resolve(ConfigFile.NAME));
    }

    @Test
    void fallsBackToTheWorkingFolderWhenNoFileStandsNextToTheJar() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("opt"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve(ConfigFile.NAME), "a=2");

        assertThat(ConfigFile.locate(new String[] {"summary"}, jar, work)).contains(work.resolve(ConfigFile.NAME));
        assertThat(ConfigFile.locate(new String[0], null, work)).contains(work.resolve(ConfigFile.NAME));
    }

    @Test
    void findsNoFileWhenNeitherFolderHasOne() throws Exception {
        assertThat(ConfigFile.locate(new String[0], dir, dir)).isEmpty();
    }

    @Test
    void aFileNamedByConfigWinsInBothSpellings() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("opt"));
        Files.writeString(jar.resolve(ConfigFile.NAME), "a=1");
        Path chosen = Files.writeString(dir.resolve("xa-ngan-son.properties"), "a=3");

        assertThat(ConfigFile.locate(new String[] {"--input", "in", "--config", chosen.toString()}, jar, jar))
                .contains(chosen);
        assertThat(ConfigFile.locate(new String[] {"--config=" + chosen}, jar, jar))
                .contains(chosen);
    }

    @Test
    void refusesAConfigFileThatIsNotThereNamingIt() {
        Path missing = dir.resolve("khong-co.properties");

        assertThatThrownBy(() -> ConfigFile.locate(new String[] {"--config", missing.toString()}, dir, dir))
                .isInstanceOfSatisfying(ConfigFileException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("config.missing");
                    assertThat(e.problem().vi())
                            .contains(missing.toAbsolutePath().toString());
                });
    }

    @Test
    void refusesConfigWithoutAFile() {
        assertThatThrownBy(() -> ConfigFile.locate(new String[] {"--config"}, dir, dir))
                .isInstanceOfSatisfying(
                        ConfigFileException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("config.noValue"));
        assertThatThrownBy(() -> ConfigFile.locate(new String[] {"--config", "--incremental"}, dir, dir))
                .isInstanceOf(ConfigFileException.class);
    }

    @Test
    void readsVietnameseTypedIntoTheFileAsUtf8() throws Exception {
        Path file = Files.writeString(
                dir.resolve(ConfigFile.NAME),
                "# cơ quan\nruralstat.office.issuing-body = ỦY BAN NHÂN DÂN XÃ NGÂN SƠN  \n",
                StandardCharsets.UTF_8);

        assertThat(ConfigFile.read(file)).containsEntry("ruralstat.office.issuing-body", "ỦY BAN NHÂN DÂN XÃ NGÂN SƠN");
    }

    @Test
    void refusesAFileSavedInALegacyEncodingRatherThanMisreadingIt() throws Exception {
        Path file = dir.resolve(ConfigFile.NAME);
        // "Hà Nội" in Windows-1258 is not valid UTF-8 (0xE0 starts a three-byte sequence).
        Files.write(file, "ruralstat.office.place=Hà Nội".getBytes(Charset.forName("windows-1258")));

        assertThatThrownBy(() -> ConfigFile.read(file))
                .isInstanceOfSatisfying(
                        ConfigFileException.class,
                        e -> assertThat(e.problem().key()).isEqualTo("config.notUtf8"));
    }
}
