package dev.iia.scoring;

import java.util.List;

/**
 * What a critical property and a goal share once scored, and what the verdict and the overall totals
 * count: their level, whether anything was answered, a possible harm, and the questions answered
 * of those asked.
 */
interface Scored {
    String level();

    boolean assessed();

    boolean possibleHarm();

    int answered();

    int total();

    /** The questions answered in all the parts. */
    static int answered(List<? extends Scored> parts) {
        int answered = 0;
        for (Scored part : parts) {
            answered += part.answered();
        }
        return answered;
    }

    /** The questions asked in all the parts. */
    static int total(List<? extends Scored> parts) {
        int total = 0;
        for (Scored part : parts) {
            total += part.total();
        }
        return total;
    }
}
