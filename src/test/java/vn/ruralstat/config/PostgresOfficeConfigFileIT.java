package vn.ruralstat.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ruralstat.job.PostgresDatabase;

/**
 * An office on PostgreSQL: the connection is only in its configuration file, the command line
 * names no database. The run goes into a fresh database of the machine's server, created for this
 * class and dropped after it.
 */
class PostgresOfficeConfigFileIT {

    static final String DATABASE =
            "rs_it_office_config_" + ProcessHandle.current().pid();

    @TempDir
    static Path dir;

    @BeforeAll
    static void freshDatabase() throws Exception {
        PostgresDatabase.requireServer();
        execute("DROP DATABASE IF EXISTS " + DATABASE);
        execute("CREATE DATABASE " + DATABASE);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void consolidatesIntoThePostgresDatabaseTheConfigurationFileNames() throws Exception {
        Path config = Files.writeString(
                dir.resolve("ruralstat.properties"),
                "ruralstat.office.issuing-body = ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA\n"
                        + "spring.datasource.url = " + databaseUrl() + "\n"
                        + "spring.datasource.username = " + PostgresDatabase.USER + "\n"
                        + "spring.datasource.password =\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        int exit = OfficeConfigFileIT.run("--input", "input", "--output", out.toString(), "--config=" + config);

        assertThat(exit).isZero();
        // The five sample files of input/ (three of ngan-son/, two of quang-hoa/) are recorded in the file's database.
        try (Connection c = DriverManager.getConnection(databaseUrl(), PostgresDatabase.USER, "");
                Statement s = c.createStatement();
                ResultSet files = s.executeQuery("SELECT COUNT(*) FROM rs_source_file")) {
            files.next();
            assertThat(files.getInt(1)).isEqualTo(5);
        }
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(out.resolve("tong-hop.xlsx").toFile())) {
            assertThat(OfficeConfigFileIT.texts(workbook.getSheet("Tổng hợp")))
                    .contains("ỦY BAN NHÂN DÂN HUYỆN QUẢNG HÒA");
        }
    }

    private static String databaseUrl() {
        String server = PostgresDatabase.URL.substring(0, PostgresDatabase.URL.lastIndexOf('/') + 1);
        return server + DATABASE;
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresDatabase.URL, PostgresDatabase.USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
