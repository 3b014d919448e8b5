package vn.ruralstat.output;

/**
 * A chart drawn as PNG, with the caption it gets in the workbook.
 *
 * @param fileName an ASCII file name inside the charts folder, e.g. "ngheo-theo-thon-ngan-son.png"
 */
public record RenderedChart(String fileName, String caption, byte[] png) {

    public static final String FOLDER = "bieu-do";

    /** Path relative to the output folder, with "/" as in the JSON summary. */
    public String relativePath() {
        return FOLDER + "/" + fileName;
    }
}
