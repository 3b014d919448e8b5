package vn.ruralstat.rulebook;

/** The shipped rulebooks read once through the loader, as the application's bean holds them, for tests. */
public final class TestRulebooks {

    private static final Rulebooks NATIONAL = RulebookLoader.fromClasspath(RulebookLoader.OVERRIDES_FOLDER);

    private TestRulebooks() {}

    public static Rulebooks national() {
        return NATIONAL;
    }

    /** The 2021-2025 set, whose criteria the matrix forms show as columns. */
    public static Rulebook ntm2021To2025() {
        return NATIONAL.byId("NTM-2021-2025").orElseThrow();
    }
}
