package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the parts of a JSON Schema (draft 2020-12) that
 * docs/summary.schema.json uses: $ref, oneOf, enum, type, required, properties,
 * additionalProperties, propertyNames.pattern and items. Enough to keep the schema and the
 * writer in step without a validator dependency.
 */
public final class SchemaShapeCheck {

    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private SchemaShapeCheck(JsonNode root) {
        this.root = root;
    }

    /** The problems found, as "path: what is wrong"; empty when the document fits the schema. */
    public static List<String> problems(JsonNode document, JsonNode schema) {
        SchemaShapeCheck check = new SchemaShapeCheck(schema);
        check.check(document, schema, "$");
        return check.problems;
    }

    private void check(JsonNode value, JsonNode schema, String path) {
        if (schema.has("$ref")) {
            check(value, resolve(schema.get("$ref").asString()), path);
            return;
        }
        if (schema.has("oneOf")) {
            long fitting = schema.get("oneOf").values().stream()
                    .filter(s -> fits(value, s, path))
                    .count();
            if (fitting != 1) problems.add(path + ": fits " + fitting + " branches of oneOf");
            if (fitting == 1) {
                schema.get("oneOf").values().stream()
                        .filter(s -> fits(value, s, path))
                        .findFirst()
                        .ifPresent(s -> check(value, s, path));
            }
            return;
        }
        if (schema.has("enum")) {
            boolean listed = schema.get("enum").values().stream().anyMatch(e -> e.equals(value));
            if (!listed) problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type") && !hasType(value, schema.get("type"))) {
            problems.add(path + ": " + kind(value) + " where the schema says " + schema.get("type"));
            return;
        }
        if (value.isObject()) checkObject(value, schema, path);
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) check(value.get(i), schema.get("items"), path + "[" + i + "]");
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String path) {
        if (schema.has("required")) {
            for (JsonNode key : schema.get("required").values()) {
                if (!value.has(key.asString())) problems.add(path + ": missing required key " + key.asString());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            String at = path + "." + key;
            if (schema.has("propertyNames")
                    && !key.matches(schema.get("propertyNames").get("pattern").asString())) {
                problems.add(at + ": key does not match " + schema.get("propertyNames"));
            }
            if (properties.has(key)) {
                check(entry.getValue(), properties.get(key), at);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                problems.add(at + ": key not declared in the schema");
            } else if (additional != null && additional.isObject()) {
                check(entry.getValue(), additional, at);
            }
        }
    }

    private boolean fits(JsonNode value, JsonNode schema, String path) {
        SchemaShapeCheck trial = new SchemaShapeCheck(root);
        trial.check(value, schema, path);
        return trial.problems.isEmpty();
    }

    private JsonNode resolve(String ref) {
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) node = node.get(part);
        return node;
    }

    private static boolean hasType(JsonNode value, JsonNode type) {
        if (type.isArray()) return type.values().stream().anyMatch(t -> hasType(value, t));
        return switch (type.asString()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase();
    }
}
