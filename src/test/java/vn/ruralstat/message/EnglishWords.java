package vn.ruralstat.message;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * English words an officer would not expect in Vietnamese text: the catalogue test checks the
 * Vietnamese texts with them, and the output tests every cell an officer reads. Names Vietnamese
 * officers use as they are (Excel, CSV, Unicode, zip, DOCTYPE, XFD) are not in the list.
 */
public final class EnglishWords {

    public static final Set<String> WORDS = Set.of(
            "file",
            "files",
            "sheet",
            "sheets",
            "row",
            "rows",
            "column",
            "columns",
            "cell",
            "cells",
            "error",
            "errors",
            "table",
            "total",
            "rate",
            "commune",
            "village",
            "household",
            "households",
            "the",
            "and",
            "not",
            "is",
            "of",
            "with",
            "missing",
            "same",
            "content",
            "save",
            "open",
            "please",
            "period",
            "rulebook",
            "criteria",
            "indicator",
            "replaced",
            "by");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private EnglishWords() {}

    /** The listed English words in a text, lower case, placeholders ({0}) ignored. */
    public static Set<String> in(String text) {
        return Arrays.stream(PLACEHOLDER.matcher(text).replaceAll(" ").split("[^\\p{L}]+"))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .filter(WORDS::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
