package vn.ruralstat.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The units a chart draws as bars, at most {@value #MAX} of them, and the rest it summarises.
 * A chart of 300,000 villages is unreadable and, with JFreeChart's category dataset (a linear
 * search per added key), quadratic to build: past the cap the chart keeps the units that come
 * first by the officer's priority (the highest poverty rates, the fewest criteria met) and leaves
 * the others to one summary. Choosing costs O(n log {@value #MAX}), linear in the rows.
 *
 * @param shown the units drawn: all of them in their order when they fit, else the first
 *              {@value #MAX} by priority, in that order
 * @param rest  the units not drawn, in their order; empty when all fit
 */
record CappedBars<T>(List<T> shown, List<T> rest) {

    /** The most units a chart draws one bar each; a meeting reads no more on one page. */
    static final int MAX = 30;

    static <T> CappedBars<T> of(List<T> all, Comparator<? super T> priority) {
        return of(all, priority, MAX);
    }

    static <T> CappedBars<T> of(List<T> all, Comparator<? super T> priority, int max) {
        if (all.size() <= max) return new CappedBars<>(List.copyOf(all), List.of());
        // Ties go to the earlier row, so the choice does not depend on the heap's order.
        Comparator<Integer> first =
                Comparator.<Integer, T>comparing(all::get, priority).thenComparing(Comparator.naturalOrder());
        // A bounded heap whose head is the least wanted of those kept so far.
        PriorityQueue<Integer> kept = new PriorityQueue<>(max + 1, first.reversed());
        for (int i = 0; i < all.size(); i++) {
            kept.add(i);
            if (kept.size() > max) kept.poll();
        }
        List<Integer> chosen = new ArrayList<>(kept);
        chosen.sort(first);
        BitSet drawn = new BitSet(all.size());
        chosen.forEach(drawn::set);
        List<T> rest = new ArrayList<>(all.size() - max);
        for (int i = drawn.nextClearBit(0); i < all.size(); i = drawn.nextClearBit(i + 1)) rest.add(all.get(i));
        return new CappedBars<>(chosen.stream().map(all::get).toList(), rest);
    }

    boolean capped() {
        return !rest.isEmpty();
    }

    int total() {
        return shown.size() + rest.size();
    }
}
