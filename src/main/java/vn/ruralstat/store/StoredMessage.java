package vn.ruralstat.store;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ruralstat.message.Localized;
import vn.ruralstat.message.Message;

/**
 * A finding's message arguments as stored beside its rendered texts ({@code rs_finding.message_args}):
 * a JSON array whose items are text, {@code {"vi": …, "en": …}} for a {@link Localized} argument, or
 * {@code {"key": …, "arguments": […]}} for a nested message.
 */
final class StoredMessage {

    /** Longer arguments are not kept (the rendered texts still are): the column holds this much. */
    static final int MAX_CHARS = 8000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredMessage() {}

    /** The arguments as JSON, or null when there is no message or they do not fit the column. */
    static String arguments(Message message) {
        if (message == null) return null;
        String json = JSON.writeValueAsString(array(message.arguments()));
        return json.length() <= MAX_CHARS ? json : null;
    }

    /** The message read back, or null for a finding stored without its key (before V9) or arguments. */
    static Message message(String key, String arguments) {
        if (key == null || arguments == null) return null;
        return new Message(key, values(JSON.readTree(arguments)));
    }

    private static ArrayNode array(List<Object> arguments) {
        ArrayNode array = JSON.createArrayNode();
        for (Object argument : arguments) {
            if (argument instanceof Message nested) {
                ObjectNode node = array.addObject();
                node.put("key", nested.key());
                node.set("arguments", array(nested.arguments()));
            } else if (argument instanceof Localized localized) {
                array.addObject().put("vi", localized.vi()).put("en", localized.en());
            } else {
                array.add((String) argument);
            }
        }
        return array;
    }

    private static List<Object> values(JsonNode array) {
        List<Object> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isObject() && item.has("key")) {
                values.add(new Message(item.get("key").asString(), values(item.get("arguments"))));
            } else if (item.isObject()) {
                values.add(
                        new Localized(item.get("vi").asString(), item.get("en").asString()));
            } else {
                values.add(item.asString());
            }
        }
        return values;
    }
}
