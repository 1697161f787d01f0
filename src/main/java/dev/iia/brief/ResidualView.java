package dev.iia.brief;

import java.util.List;

/**
 * The residual impact in the brief: what the recommendations that say which answers they would
 * change would restore, each on its own and all together. Null in the brief when no recommendation
 * carries changes.
 *
 * @param adopted  the numbers of the recommendations that carry changes, all adopted together
 * @param summary  {@code Adopting recommendations 1 and 2 would leave 0 of 5 critical properties
 *                 undermined, instead of 3, ...}
 * @param effects  one per recommendation that carries changes, in order
 * @param criteria every property, goal and enabler with its level as written and with them adopted
 */
public record ResidualView(List<Integer> adopted, String level, String label, String verdict, String summary,
                           List<Effect> effects, List<Row> criteria) {

    /**
     * @param number   as the brief numbers the recommendation
     * @param restores what adopting it alone would restore, in a sentence
     */
    public record Effect(int number, String restores) {
    }

    /**
     * @param kind    {@code critical property}, {@code goal} or {@code enabler}
     * @param residualLevel the level key with the recommendations adopted
     * @param movedBy the recommendations that moved it ({@code 1, 3}), or empty
     */
    public record Row(String id, String title, String kind, String inherentLabel, String residualLabel, String residualLevel,
                      String movedBy) {
    }
}
