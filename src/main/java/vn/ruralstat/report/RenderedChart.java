package vn.ruralstat.report;

/**
 * A chart drawn as PNG, with the caption it gets in the workbook.
 *
 * @param fileName an ASCII file name inside the charts folder, e.g. "ngheo-theo-thon-ngan-son.png"
 */
record RenderedChart(String fileName, String caption, byte[] png) {

    static final String FOLDER = "bieu-do";

    /** Path relative to the output folder, with "/" as in the JSON summary. */
    String relativePath() {
        return FOLDER + "/" + fileName;
    }
}
