package dev.iia.team;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Krippendorff's alpha, the agreement of independent coders beyond chance, computed as in
 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): a coincidence matrix of the
 * values coded in each unit, a difference function for the level of measurement, and
 * {@code alpha = 1 - D_o / D_e}, the observed over the expected disagreement.
 *
 * <p>Each unit lists only the values coders gave: missing data is simply absent. A unit with fewer
 * than two values cannot be paired and does not count. Values are ordered codes (for iia, the
 * values of the answer scale).
 */
public final class KrippendorffAlpha {
    /** The level of measurement, which decides how far apart two values are. */
    public enum Metric { NOMINAL, ORDINAL, INTERVAL }

    /**
     * @param alpha          the coefficient, or null when it cannot be computed: no unit has two values,
     *                       or every pairable value is the same (no variation to agree on)
     * @param pairableValues how many values fell in units with at least two (Krippendorff's n..)
     * @param pairableUnits  how many units had at least two values
     */
    public record Result(Double alpha, int pairableValues, int pairableUnits) {
    }

    private KrippendorffAlpha() {
    }

    public static Result of(List<List<Integer>> units, Metric metric) {
        List<List<Integer>> pairable = units.stream().filter(unit -> unit.size() >= 2).toList();
        SortedMap<Integer, SortedMap<Integer, Double>> coincidences = coincidences(pairable);
        SortedMap<Integer, Double> marginals = new TreeMap<>();
        coincidences.forEach((c, row) -> marginals.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        double n = marginals.values().stream().mapToDouble(Double::doubleValue).sum();
        int values = pairable.stream().mapToInt(List::size).sum();
        if (marginals.size() < 2) {
            return new Result(null, values, pairable.size());
        }
        double observed = 0;
        double expected = 0;
        for (int c : marginals.keySet()) {
            for (int k : marginals.keySet()) {
                double distance = squaredDifference(metric, c, k, marginals);
                observed += coincidences.get(c).getOrDefault(k, 0.0) * distance;
                expected += marginals.get(c) * marginals.get(k) * distance;
            }
        }
        double alpha = 1 - (n - 1) * observed / expected;
        return new Result(alpha, values, pairable.size());
    }

    /**
     * o_ck: every ordered pair of values from different coders of one unit, weighted 1/(m_u - 1)
     * so that each unit contributes as many pairable values as it has.
     */
    private static SortedMap<Integer, SortedMap<Integer, Double>> coincidences(List<List<Integer>> units) {
        SortedMap<Integer, SortedMap<Integer, Double>> matrix = new TreeMap<>();
        for (List<Integer> unit : units) {
            double weight = 1.0 / (unit.size() - 1);
            for (int i = 0; i < unit.size(); i++) {
                for (int j = 0; j < unit.size(); j++) {
                    if (i != j) {
                        matrix.computeIfAbsent(unit.get(i), c -> new TreeMap<>()).merge(unit.get(j), weight, Double::sum);
                    }
                }
            }
        }
        return matrix;
    }

    /**
     * δ²_ck. Ordinal: the values between c and k, counted by how often they were used, with c and k
     * counted half, squared; so a step across a rarely used value is a small step.
     */
    private static double squaredDifference(Metric metric, int c, int k, SortedMap<Integer, Double> marginals) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> (double) (c - k) * (c - k);
            case ORDINAL -> {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double between = marginals.subMap(low, high + 1).values().stream().mapToDouble(Double::doubleValue).sum()
                        - (marginals.get(low) + marginals.get(high)) / 2;
                yield between * between;
            }
        };
    }
}
