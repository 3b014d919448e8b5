package vn.ruralstat.report;

/**
 * Which sheets of the workbook are forms an office signs and the PDF therefore prints: the
 * summary, poverty by village and by commune, the criteria matrices and their group summaries.
 * Each sheet hands its own official form to the PDF as it writes its heading
 * ({@code output.FormLayout}), so the PDF and the workbook carry the same one.
 */
final class SignableForms {

    private SignableForms() {}

    static boolean isSignable(String sheetName) {
        return sheetName.equals(SummarySheet.NAME)
                || sheetName.equals(VillagePovertySheet.NAME)
                || sheetName.equals(CommunePovertySheet.NAME)
                || sheetName.startsWith(CriteriaMatrixSheet.NAME)
                || sheetName.startsWith(CriteriaGroupSheet.NAME);
    }
}
