package vn.ruralstat.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ruralstat.message.Message;

/**
 * The targets a province sets in place of the national ones, read from
 * {@code rulebooks/overrides/<province>.csv}: columns {@code rulebook, indicator, key,
 * target_text, source}. The text is copied from the province's decision, which the source names;
 * it is parsed like a national target.
 */
public record ProvinceOverrides(String province, String resource, List<TargetOverride> overrides) {

    private static final Pattern PROVINCE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final List<String> COLUMNS = List.of("rulebook", "indicator", "key", "target_text", "source");

    public ProvinceOverrides {
        overrides = List.copyOf(overrides);
    }

    /**
     * The amendment as officers read it: "bản điều chỉnh của tỉnh Hai Phong". The override file is
     * named by the province without diacritics ("hai-phong"), the only name the rulebook knows.
     */
    public String amendment() {
        String name = java.util.Arrays.stream(province.split("-"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1))
                .collect(java.util.stream.Collectors.joining(" "));
        return Message.of("rulebook.amendment.province", name).vi();
    }

    /** The shipped overrides of {@code province} ("hai-phong"), or empty when it has none. */
    public static Optional<ProvinceOverrides> forProvince(String province) {
        return forProvince(province, RulebookLoader.OVERRIDES_FOLDER);
    }

    /** The overrides of {@code province} kept in {@code folder} on the classpath, or empty when it has none. */
    static Optional<ProvinceOverrides> forProvince(String province, String folder) {
        String resource = folder + checked(province) + ".csv";
        if (ProvinceOverrides.class.getClassLoader().getResource(resource) == null) return Optional.empty();
        return Optional.of(fromClasspath(province, resource));
    }

    /** The overrides of {@code province} kept at {@code resource} on the classpath. */
    public static ProvinceOverrides fromClasspath(String province, String resource) {
        InputStream in = ProvinceOverrides.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new RulebookDataException(resource, 0, Message.of("rulebook.overridesNotFound"));
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(province, reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Reads overrides from any reader; {@code resource} names it in error messages and sources. */
    public static ProvinceOverrides read(String province, Reader reader, String resource) {
        checked(province);
        return new ProvinceOverrides(province, resource, rows(reader, resource, province));
    }

    /**
     * The rows of a targets file with the columns {@code rulebook, indicator, key, target_text,
     * source}, each target marked with {@code province} (null for targets an office supplies for
     * the whole run).
     */
    static List<TargetOverride> rows(Reader reader, String resource, String province) {
        List<TargetOverride> overrides = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(reader, resource, COLUMNS).rows()) {
            String source = resource + " line " + row.line() + ": " + row.required("source");
            Target target =
                    TargetParser.parse(row.required("target_text"), row.required("key"), source, Confidence.VERBATIM);
            target = new Target(
                    target.key(),
                    target.publishedText(),
                    target.comparison(),
                    target.value(),
                    target.upperValue(),
                    target.unit(),
                    target.level(),
                    target.source(),
                    target.confidence(),
                    province);
            overrides.add(new TargetOverride(row.required("rulebook"), row.required("indicator"), target, row.line()));
        }
        return overrides;
    }

    private static String checked(String province) {
        if (province == null || !PROVINCE.matcher(province).matches()) {
            throw new IllegalArgumentException(
                    "province '" + province
                            + "': expected a lower-case ASCII name with hyphens, like hai-phong / tên tỉnh viết thường không dấu");
        }
        return province;
    }
}
