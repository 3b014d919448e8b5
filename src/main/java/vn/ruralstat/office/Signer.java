package vn.ruralstat.office;

import java.util.List;

/**
 * One signature block: the authority lines in capitals ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
 * the signer's title ("PHÓ CHỦ TỊCH"), the hint under it ("(Ký, đóng dấu, họ tên)") and the name,
 * blank when it is to be written by hand.
 */
public record Signer(List<String> authority, String title, String hint, String name) {

    public Signer {
        authority = authority == null ? List.of() : List.copyOf(authority);
        title = title == null ? "" : title.strip();
        hint = hint == null ? "" : hint.strip();
        name = name == null ? "" : name.strip();
    }

    /** The lines printed above the signature space: authority lines, then the title. */
    public List<String> headingLines() {
        List<String> lines = new java.util.ArrayList<>(authority);
        if (!title.isEmpty()) lines.add(title);
        return List.copyOf(lines);
    }
}
