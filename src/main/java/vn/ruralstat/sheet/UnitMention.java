package vn.ruralstat.sheet;

/**
 * A unit named in a title or a path, e.g. "huyện Quảng Hòa".
 *
 * @param level the administrative word as written, lower case ("xã", "huyện", "tỉnh", …)
 * @param rank  0 for villages, 1 for communes, 2 for districts, 3 for provinces
 */
public record UnitMention(String level, String name, int rank) {

    public String describe() {
        return level + " " + name;
    }

    public String key() {
        return UnitNames.key(name);
    }
}
