package vn.ruralstat.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormLinesTest {

    @Test
    void keepsTheIssuingBodyAndTitleForTheUnitButNotTheMottoTheSignerOrTheAddressees() {
        FormLines form = new FormLines();
        form.add("UBND TỈNH THÁI NGUYÊN");
        form.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        form.add("UBND XÃ NGÂN SƠN");
        form.add("Độc lập - Tự do - Hạnh phúc");
        form.add("BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025");
        form.add("Nơi nhận:");
        form.add("- UBND huyện Bạch Thông;");
        form.add("TM. ỦY BAN NHÂN DÂN XÃ CỐC ĐÁN");
        form.add("NGUYỄN VĂN AN");
        form.add("Trần Thị Bình");

        assertThat(TitleContext.units(form.unitText()))
                .extracting(UnitMention::describe)
                .containsExactly("tỉnh Thái Nguyên", "xã Ngân Sơn");
    }

    @Test
    void readsThePeriodFromTheTitleNotFromTheStandardTheNumberOrTheEnclosedDocumentsDate() {
        FormLines form = FormLines.of("Số: 12/BC-UBND; Ngân Sơn, ngày 05 tháng 01 năm 2026; "
                + "BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2025; (theo chuẩn nghèo đa chiều giai đoạn 2022-2025); "
                + "(Kèm theo Kế hoạch số 30/KH-UBND ngày 10/10/2024 của UBND xã Ngân Sơn); Kỳ báo cáo: Năm 2025");

        assertThat(TitleContext.period(form.titleText())).contains("2025");
        assertThat(form.reportingPeriod()).contains("Kỳ báo cáo: Năm 2025");
        assertThat(form.dateLine()).contains("Ngân Sơn, ngày 05 tháng 01 năm 2026");
        // The "Kèm theo" line still names the unit ("… của UBND xã Ngân Sơn").
        assertThat(TitleContext.units(form.unitText()))
                .extracting(UnitMention::describe)
                .containsExactly("xã Ngân Sơn");
    }

    @Test
    void readsALabelAndItsValueTypedInTwoCellsAsOneLine() {
        FormLines form = new FormLines();
        form.add(new SheetRow(
                1, java.util.List.of(Cell.text(4, "Đơn vị báo cáo:"), Cell.text(6, "UBND huyện Ngân Sơn")), false));
        form.add(new SheetRow(
                2, java.util.List.of(Cell.text(4, "Đơn vị nhận báo cáo:"), Cell.text(6, "UBND tỉnh Bắc Kạn")), false));

        assertThat(form.lines())
                .extracting(FormLines.Line::kind)
                .containsExactly(FormFurniture.Kind.REPORTING_UNIT, FormFurniture.Kind.RECEIVING_UNIT);
        assertThat(TitleContext.units(form.unitText()))
                .extracting(UnitMention::describe)
                .containsExactly("huyện Ngân Sơn");
    }
}
