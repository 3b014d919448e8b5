package vn.ruralstat.rulebook;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.ruralstat.message.Message;
import vn.ruralstat.period.Period;

/**
 * All rulebooks: the national ones shipped under {@code rulebooks/} on the classpath, loaded
 * once by {@link RulebookLoader} (the application holds them as a bean and passes them on), or a
 * view of them with a province's overrides applied. Immutable.
 */
public final class Rulebooks {

    private final Map<String, Rulebook> ntm = new LinkedHashMap<>();
    private final Map<String, PovertyStandard> poverty = new LinkedHashMap<>();
    private final List<String> provinces;
    private final String overridesFolder;

    Rulebooks(List<Rulebook> ntm, List<PovertyStandard> poverty, List<String> provinces, String overridesFolder) {
        ntm.forEach(r -> this.ntm.put(r.id(), r));
        poverty.forEach(p -> this.poverty.put(p.id(), p));
        this.provinces = List.copyOf(provinces);
        this.overridesFolder = overridesFolder;
    }

    /** The NTM rulebook with that id ("NTM-2026-2030"). */
    public Optional<Rulebook> byId(String id) {
        return Optional.ofNullable(ntm.get(id));
    }

    /** The NTM rulebooks, oldest first. */
    public List<Rulebook> all() {
        return List.copyOf(ntm.values());
    }

    /** The poverty standard with that id ("POVERTY-2022-2025"). */
    public Optional<PovertyStandard> povertyStandard(String id) {
        return Optional.ofNullable(poverty.get(id));
    }

    public List<PovertyStandard> povertyStandards() {
        return List.copyOf(poverty.values());
    }

    /** The headers of every rulebook, NTM and poverty. */
    public List<RulebookHeader> headers() {
        return Stream.concat(
                        ntm.values().stream().map(Rulebook::header),
                        poverty.values().stream().map(PovertyStandard::header))
                .toList();
    }

    /** Provinces whose overrides this view holds; empty for the national rulebooks. */
    public List<String> provinces() {
        return provinces;
    }

    /**
     * The NTM rulebook for a data period: "2021-2025", "2022-2025", "2025" → NTM-2021-2025;
     * "2026", "2026-2030" → NTM-2026-2030. A period that spans two rulebooks, or lies outside
     * every one, or cannot be read, finds none, and the reason says why.
     */
    public PeriodMatch<Rulebook> forPeriod(Period period) {
        return match(period, all(), Rulebook::header);
    }

    /** The poverty standard for a data period: "2022-2025", "2026" → POVERTY-2022-2025; "2027" → POVERTY-2027-2030. */
    public PeriodMatch<PovertyStandard> povertyStandardFor(Period period) {
        return match(period, povertyStandards(), PovertyStandard::header);
    }

    /**
     * This view with the overrides of {@code province} ({@code rulebooks/overrides/<province>.csv},
     * or the folder the application names) applied; the same view when the province has no file.
     */
    public Rulebooks withOverrides(String province) {
        return ProvinceOverrides.forProvince(province, overridesFolder)
                .map(this::withOverrides)
                .orElse(this);
    }

    /**
     * This view with {@code overrides} applied: each replaces the target of its indicator and key,
     * and each rulebook changed is stamped "+province" after its version ("1+hai-phong").
     */
    public Rulebooks withOverrides(ProvinceOverrides overrides) {
        Map<String, Rulebook> changed =
                applied(overrides.overrides(), overrides.resource(), "+" + overrides.province(), overrides.amendment());
        List<String> applied = new ArrayList<>(provinces);
        if (!applied.contains(overrides.province())) applied.add(overrides.province());
        return new Rulebooks(List.copyOf(changed.values()), povertyStandards(), applied, overridesFolder);
    }

    /**
     * This view with the targets an office supplies in {@code file} (columns as a province's
     * overrides: {@code rulebook, indicator, key, target_text, source}): each fills or replaces the
     * target of its indicator and key for every commune of the run, and each changed rulebook's
     * version gains "+" and the file's name without ".csv" ("1+nhom-2-3"). A file that cannot be
     * used, or a target text that cannot be read, stops with a {@link RulebookDataException}
     * naming the file, the line and what was expected.
     */
    public Rulebooks withTargetsFile(Path file) {
        String resource = file.toString();
        List<TargetOverride> targets;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            targets = ProvinceOverrides.rows(reader, resource, null);
        } catch (NoSuchFileException e) {
            throw new RulebookDataException(resource, 0, Message.of("rulebook.targetsFileNotFound"));
        } catch (IOException | UncheckedIOException e) {
            throw new RulebookDataException(resource, 0, Message.of("rulebook.fileUnreadable", e.getMessage()));
        }
        Set<String> seen = new HashSet<>();
        for (TargetOverride t : targets) {
            if (!t.target().isKnown()) {
                throw new RulebookDataException(
                        resource,
                        t.line(),
                        Message.of(
                                "rulebook.suppliedTargetUnreadable", t.target().publishedText()));
            }
            if (!seen.add(
                    t.rulebookId() + " " + t.indicatorCode() + " " + t.target().key())) {
                throw new RulebookDataException(
                        resource,
                        t.line(),
                        Message.of(
                                "rulebook.twoTargetsForKey",
                                t.indicatorCode(),
                                t.target().key()));
            }
        }
        String name = file.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        Map<String, Rulebook> changed = applied(
                targets,
                resource,
                "+" + stem,
                Message.of("rulebook.amendment.targetsFile", name).vi());
        return new Rulebooks(List.copyOf(changed.values()), povertyStandards(), provinces, overridesFolder);
    }

    /** The rulebooks with each target of {@code targets} applied, each changed one's version ending in {@code stamp}. */
    private Map<String, Rulebook> applied(
            List<TargetOverride> targets, String resource, String stamp, String amendment) {
        Map<String, Rulebook> changed = new LinkedHashMap<>(ntm);
        for (TargetOverride o : targets) {
            Rulebook r = changed.get(o.rulebookId());
            if (r == null) {
                throw new RulebookDataException(
                        resource,
                        o.line(),
                        Message.of("rulebook.overrideRulebookUnknown", o.rulebookId(), ntm.keySet()));
            }
            if (r.indicator(o.indicatorCode()).isEmpty()) {
                throw new RulebookDataException(
                        resource, o.line(), Message.of("rulebook.overrideIndicatorUnknown", o.indicatorCode(), r.id()));
            }
            if (!r.header().acceptsKey(o.target().key())) {
                throw new RulebookDataException(
                        resource,
                        o.line(),
                        Message.of(
                                "rulebook.overrideKeyUnknown",
                                o.target().key(),
                                r.id(),
                                r.header().keys()));
            }
            String version = r.version().endsWith(stamp) ? r.version() : r.version() + stamp;
            changed.put(r.id(), r.withTarget(o.indicatorCode(), o.target(), version, amendment));
        }
        return changed;
    }

    private static <T> PeriodMatch<T> match(Period asked, List<T> candidates, Function<T, RulebookHeader> header) {
        String period = asked == null ? null : asked.label();
        if (asked == null || !asked.hasYears()) {
            return new PeriodMatch<>(period, Optional.empty(), Message.of("period.unreadable", String.valueOf(period)));
        }
        for (T c : candidates) {
            RulebookHeader h = header.apply(c);
            if (h.covers(asked)) {
                return new PeriodMatch<>(
                        period, Optional.of(c), Message.of("period.withinRulebook", period, h.phase(), h.id()));
            }
        }
        List<String> overlapping = candidates.stream()
                .map(header)
                .filter(h -> h.overlaps(asked))
                .map(h -> h.id() + " (" + h.phase() + ")")
                .toList();
        if (overlapping.size() > 1) {
            return new PeriodMatch<>(
                    period,
                    Optional.empty(),
                    Message.of("period.spansRulebooks", period, overlapping.size(), String.join(", ", overlapping)));
        }
        if (overlapping.size() == 1) {
            return new PeriodMatch<>(
                    period, Optional.empty(), Message.of("period.runsOutsideRulebook", period, overlapping.get(0)));
        }
        return new PeriodMatch<>(period, Optional.empty(), Message.of("period.noRulebook", period));
    }
}
