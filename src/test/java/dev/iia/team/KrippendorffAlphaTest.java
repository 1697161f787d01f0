package dev.iia.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.iia.team.KrippendorffAlpha.Metric;
import dev.iia.team.KrippendorffAlpha.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KrippendorffAlphaTest {
    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
     * twelve units, values 1-5, with missing data (null); unit 12 has a single value.
     */
    private static final Integer[][] OBSERVERS = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
        {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
    };

    private static List<List<Integer>> units(Integer[][] observers) {
        List<List<Integer>> units = new ArrayList<>();
        for (int unit = 0; unit < observers[0].length; unit++) {
            List<Integer> values = new ArrayList<>();
            for (Integer[] observer : observers) {
                if (observer[unit] != null) {
                    values.add(observer[unit]);
                }
            }
            units.add(values);
        }
        return units;
    }

    @Test
    void krippendorffsOwnExampleGivesThePublishedAlphaForEachMetric() {
        List<List<Integer>> units = units(OBSERVERS);

        assertThat(KrippendorffAlpha.of(units, Metric.NOMINAL).alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.of(units, Metric.ORDINAL).alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.of(units, Metric.INTERVAL).alpha()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void aUnitWithASingleValueIsNotPairable() {
        Result result = KrippendorffAlpha.of(units(OBSERVERS), Metric.ORDINAL);

        assertThat(result.pairableUnits()).isEqualTo(11);
        assertThat(result.pairableValues()).isEqualTo(40);
    }

    @Test
    void perfectAgreementIsOne() {
        Result result = KrippendorffAlpha.of(List.of(List.of(-2, -2, -2), List.of(0, 0), List.of(1, 1, 1), List.of(2)), Metric.ORDINAL);

        assertThat(result.alpha()).isEqualTo(1.0);
        assertThat(result.pairableValues()).isEqualTo(8);
    }

    @Test
    void systematicDisagreementIsBelowZero() {
        List<List<Integer>> units = List.of(List.of(-2, 2), List.of(2, -2), List.of(-1, 1), List.of(1, -1));

        assertThat(KrippendorffAlpha.of(units, Metric.ORDINAL).alpha()).isNegative();
    }

    @Test
    void withoutVariationOrWithoutPairsAlphaCannotBeComputed() {
        assertThat(KrippendorffAlpha.of(List.of(List.of(-1, -1), List.of(-1, -1)), Metric.ORDINAL).alpha()).isNull();
        Result alone = KrippendorffAlpha.of(List.of(List.of(1), List.of(2), List.of()), Metric.ORDINAL);
        assertThat(alone.alpha()).isNull();
        assertThat(alone.pairableUnits()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void agreesWithThePairwiseDefinitionOnRandomData(Metric metric) {
        Random random = new Random(12);
        for (int trial = 0; trial < 200; trial++) {
            List<List<Integer>> units = new ArrayList<>();
            for (int unit = 0, count = 1 + random.nextInt(15); unit < count; unit++) {
                List<Integer> values = new ArrayList<>();
                for (int coder = 0, coders = random.nextInt(5); coder < coders; coder++) {
                    values.add(random.nextInt(5) - 2);
                }
                units.add(values);
            }
            Double expected = pairwise(units, metric);
            Double actual = KrippendorffAlpha.of(units, metric).alpha();
            if (expected == null) {
                assertThat(actual).as("trial %d: %s", trial, units).isNull();
            } else {
                assertThat(actual).as("trial %d: %s", trial, units).isCloseTo(expected, within(1e-9));
            }
        }
    }

    /**
     * An independent implementation: alpha = 1 - D_o / D_e straight from the pairs of values,
     * without a coincidence matrix. D_o averages the differences within units (each unit's pairs
     * weighted 1/(m_u - 1)); D_e averages the differences of all pairs of pairable values.
     */
    private static Double pairwise(List<List<Integer>> units, Metric metric) {
        List<List<Integer>> pairable = units.stream().filter(u -> u.size() >= 2).toList();
        List<Integer> all = pairable.stream().flatMap(List::stream).toList();
        int n = all.size();
        if (all.stream().distinct().count() < 2) {
            return null;
        }
        double within = 0;
        for (List<Integer> unit : pairable) {
            double sum = 0;
            for (int i = 0; i < unit.size(); i++) {
                for (int j = 0; j < unit.size(); j++) {
                    if (i != j) {
                        sum += delta(metric, unit.get(i), unit.get(j), all);
                    }
                }
            }
            within += sum / (unit.size() - 1);
        }
        double between = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    between += delta(metric, all.get(i), all.get(j), all);
                }
            }
        }
        double observed = within / n;
        double expected = between / ((double) n * (n - 1));
        return 1 - observed / expected;
    }

    /** The squared difference, the ordinal one counted value by value from the pooled values. */
    private static double delta(Metric metric, int c, int k, List<Integer> all) {
        if (c == k) {
            return 0;
        }
        return switch (metric) {
            case NOMINAL -> 1;
            case INTERVAL -> Math.pow(c - k, 2);
            case ORDINAL -> {
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                double count = 0;
                for (int value : all) {
                    if (value > low && value < high) {
                        count++;
                    } else if (value == low || value == high) {
                        count += 0.5;
                    }
                }
                yield count * count;
            }
        };
    }
}
