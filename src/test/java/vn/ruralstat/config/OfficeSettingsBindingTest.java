package vn.ruralstat.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.ruralstat.office.OfficeSettings;
import vn.ruralstat.office.OfficialForm;
import vn.ruralstat.office.OfficialForms;
import vn.ruralstat.office.ReportForm;
import vn.ruralstat.office.Signer;
import vn.ruralstat.unit.Unit;

class OfficeSettingsBindingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;

    @Test
    void bindsEveryKeyOfTheExampleFile() throws Exception {
        OfficeSettings settings = bind(ConfigFile.read(Path.of("docs/ruralstat.properties.example")));

        assertThat(settings.parentBody()).isEqualTo("UBND TỈNH THÁI NGUYÊN");
        assertThat(settings.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN XÃ NGÂN SƠN");
        assertThat(settings.unit()).isEqualTo("xã Ngân Sơn");
        assertThat(settings.symbol()).isEqualTo("BC-UBND");
        assertThat(settings.place()).isEqualTo("Ngân Sơn");
        assertThat(settings.preparer().name()).isEqualTo("Hoàng Thị Lan");
        assertThat(settings.head().authority()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
        assertThat(settings.head().title()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(settings.head().name()).isEqualTo("Nông Văn Minh");
        assertThat(settings.formNumbers())
                .containsEntry(ReportForm.VILLAGE_POVERTY, "Biểu số 01/GNBV")
                .containsEntry(ReportForm.CRITERIA, "Biểu số 02/NTM");
        assertThat(settings.recipients())
                .containsExactly("UBND tỉnh Thái Nguyên (b/c)", "Thường trực Đảng ủy xã", "Lưu: VT, VP");
    }

    @Test
    void withoutAnyOfficeKeyTheSettingsAreNone() {
        assertThat(bind(Map.of("spring.datasource.url", "jdbc:h2:mem:x"))).isEqualTo(OfficeSettings.NONE);
    }

    @Test
    void anOfficeThatTypesOnlyTheChairmansNameKeepsTheDefaultAuthorityAndTitle() throws Exception {
        Path file = Files.writeString(
                dir.resolve("ruralstat.properties"),
                "ruralstat.office.head.name=Nông Văn Minh\n",
                StandardCharsets.UTF_8);

        OfficialForm form = new OfficialForms(bind(ConfigFile.read(file)))
                .form(ReportForm.SUMMARY, Unit.parse("xã Ngân Sơn"), null, "Năm 2025", "hộ", DAY);

        assertThat(form.head())
                .isEqualTo(new Signer(
                        List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "(Ký, đóng dấu, họ tên)", "Nông Văn Minh"));
        assertThat(form.preparer().title()).isEqualTo("NGƯỜI LẬP BIỂU");
        // Nothing else set: the rest comes from the unit reported.
        assertThat(form.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN XÃ NGÂN SƠN");
        assertThat(form.formNumber()).isEqualTo("Biểu số 01");
    }

    @Test
    void theOfficesFormNumberReplacesTheDefaultForThatFormOnly() {
        OfficialForms forms =
                new OfficialForms(bind(Map.of("ruralstat.office.form-numbers.commune-poverty", "Biểu số 03/GN")));

        assertThat(forms.form(ReportForm.COMMUNE_POVERTY, null, null, "", "", DAY)
                        .formNumber())
                .isEqualTo("Biểu số 03/GN");
        assertThat(forms.form(ReportForm.VILLAGE_POVERTY, null, null, "", "", DAY)
                        .formNumber())
                .isEqualTo("Biểu số 02");
    }

    private static OfficeSettings bind(Map<String, ?> values) {
        return OfficeSettingsConfig.settings(new Binder(new MapConfigurationPropertySource(values)));
    }
}
