package vn.ruralstat.output;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of every file the outputs write: the consolidated summary and the review. */
public final class OutputJson {

    private OutputJson() {}

    /** Indented UTF-8 JSON with keys in their declared order, for every JSON file the reports write. */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                // Keep the declared order (schemaVersion first), not Jackson 3's alphabetical default.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }
}
