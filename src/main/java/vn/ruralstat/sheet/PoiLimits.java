package vn.ruralstat.sheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The JVM-wide limits Apache POI applies while it parses, set deliberately in one place. They are
 * static state of POI, so they are set only where nobody set them before (a test or an embedding
 * application may have chosen other values).
 *
 * <ul>
 *   <li>{@link IOUtils#setByteArrayMaxOverride}: caps every byte array POI allocates while parsing
 *       .xls. Without an override POI applies small per-record limits (some only 100 KB) that reject
 *       real files with large pictures, such as a scanned stamp; a uniform 100 MB cap, twice the .xls
 *       file limit, admits any legitimate record while a forged length field still cannot ask for
 *       gigabytes.</li>
 *   <li>{@link ZipSecureFile}: applies where POI itself opens an OOXML zip. ruralstat reads .xlsx
 *       with fastexcel (checked by {@link XlsxPackage} instead), but POI opens zips when it writes
 *       the report with SXSSF (it reads its own template back) and whenever XSSF reads a workbook,
 *       as the tests do. POI's defaults are kept, stated here so that they are a decision: an entry
 *       may not inflate more than 100 times (the ratio {@link XlsxPackage#MIN_INFLATE_RATIO} uses
 *       for the same reason) and no entry may unzip beyond the 1 GB .xlsx limit.</li>
 * </ul>
 */
public final class PoiLimits {

    /** See the class comment: twice the .xls file limit. */
    static final int MAX_ARRAY_BYTES = 100 * 1024 * 1024;

    private PoiLimits() {}

    /** Sets the limits once; later calls, and values chosen before, are left alone. Idempotent and cheap. */
    public static synchronized void apply() {
        if (IOUtils.getByteArrayMaxOverride() <= 0) {
            IOUtils.setByteArrayMaxOverride(MAX_ARRAY_BYTES);
        }
        // POI's own defaults are 0.01 and 4 GB; a different value means someone chose it on purpose.
        if (ZipSecureFile.getMinInflateRatio() == 0.01d) {
            ZipSecureFile.setMinInflateRatio(XlsxPackage.MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() == 0xFFFFFFFFL) {
            ZipSecureFile.setMaxEntrySize(XlsxWorkbookReader.DEFAULT_MAX_UNZIPPED_BYTES);
        }
    }
}
