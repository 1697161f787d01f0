package dev.iia.scoring;

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
}
