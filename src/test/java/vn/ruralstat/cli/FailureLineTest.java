package vn.ruralstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.ruralstat.message.MessageCatalogue;

/** The exit code and line of a failure, found below Spring's wrapping exceptions. */
class FailureLineTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/ruralstat";

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException(
                "Error creating bean with name 'flywayInitializer'", new RuntimeException(cause));
    }

    @Test
    void aRefusedConnectionIsTheDatabaseUnavailableWithItsUrl() {
        // SQL state 08001: "SQL client unable to establish SQL connection" (what PostgreSQL's driver says).
        FailureLine line = FailureLine.of(wrapped(new SQLException("Connection refused", "08001")), URL);

        assertThat(line.exitCode()).isEqualTo(3);
        assertThat(MessageCatalogue.ENGLISH.render(line.reason()))
                .isEqualTo("The database " + URL + " cannot be used: the server does not answer or refuses the"
                        + " connection (is it running?); check its address, user name and password in the"
                        + " configuration file");
    }

    @Test
    void aRefusedLoginAndAMissingDatabaseSayWhich() {
        FailureLine login = FailureLine.of(wrapped(new SQLException("password authentication failed", "28P01")), URL);
        FailureLine missing = FailureLine.of(wrapped(new SQLException("database does not exist", "3D000")), URL);

        assertThat(login.exitCode()).isEqualTo(3);
        assertThat(MessageCatalogue.VIETNAMESE.render(login.reason())).contains("sai tên người dùng hoặc mật khẩu");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(MessageCatalogue.VIETNAMESE.render(missing.reason()))
                .contains("cơ sở dữ liệu này không có trên máy chủ");
    }

    @Test
    void anH2FileHeldByAnotherRunNamesTheFile() {
        // H2's own wording for error 90020 (DATABASE_ALREADY_OPEN_1), as a second process meets it.
        SQLException inUse = new SQLException(
                "Database may be already in use: \"/srv/ruralstat/data/ruralstat.mv.db\". Possible solutions:"
                        + " close all other connection(s); use the server mode [90020-240]",
                "90020",
                90020);

        FailureLine line = FailureLine.of(wrapped(inUse), "jdbc:h2:file:./data/ruralstat");

        assertThat(line.exitCode()).isEqualTo(3);
        assertThat(MessageCatalogue.VIETNAMESE.render(line.reason()))
                .isEqualTo("Một lần chạy ruralstat khác đang dùng cơ sở dữ liệu /srv/ruralstat/data/ruralstat.mv.db:"
                        + " chờ lần chạy đó xong, hoặc dùng cơ sở dữ liệu khác");
    }

    @Test
    void aFileThatCannotBeWrittenIsAFailedCommandNamingTheFile() {
        FailureLine line = FailureLine.of(wrapped(new AccessDeniedException("/srv/out/tong-hop.xlsx")), URL);

        assertThat(line.exitCode()).isEqualTo(1);
        assertThat(MessageCatalogue.VIETNAMESE.render(line.reason()))
                .startsWith("Không đọc hoặc ghi được /srv/out/tong-hop.xlsx");
    }

    @Test
    void anythingElseIsAFailedCommandWithTheRootCauseAndTheHintToUseDebug() {
        FailureLine line = FailureLine.of(wrapped(new ArithmeticException("/ by zero")), URL);

        assertThat(line.exitCode()).isEqualTo(1);
        assertThat(MessageCatalogue.ENGLISH.render(line.reason()))
                .isEqualTo("Unexpected error: / by zero; run again with --debug to see the details and send them"
                        + " to the administrator");
    }

    @Test
    void aFullDiskIsSaidInWordsWithTheFileWhenKnown() {
        FailureLine plain = FailureLine.of(wrapped(new java.io.IOException("No space left on device")), URL);
        FailureLine withFile = FailureLine.of(
                wrapped(new java.nio.file.FileSystemException(
                        "/srv/ket-qua/tong-hop.xlsx", null, "No space left on device")),
                URL);

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(MessageCatalogue.VIETNAMESE.render(plain.reason()))
                .isEqualTo("Ổ đĩa hết chỗ trống khi ghi kết quả; giải phóng chỗ trống hoặc chọn thư mục kết quả khác"
                        + " rồi chạy lại");
        assertThat(withFile.exitCode()).isEqualTo(1);
        assertThat(MessageCatalogue.ENGLISH.render(withFile.reason()))
                .startsWith("The disk is full while writing /srv/ket-qua/tong-hop.xlsx;");
    }
}
