package org.factcheck.engine.model;

/**
 * A position in a list: {@code third place after China} (3, after China), {@code the largest group} (1),
 * {@code ranks last} (1 from the end), {@code ranked 49th out of 50 states} (49 of 50).
 *
 * @param list    what is ranked, when the text says ({@code "land borders in the world"}), else {@code null}
 * @param after   who comes before, for {@code "… after X"}, else {@code null}
 * @param oneOf   the text puts the subject inside a top group rather than at an exact place: {@code one of the
 *                longest} (position 1: the group of the longest), {@code top five} (position 5: within the first
 *                five), {@code bottom five} (position 5 from the end: within the last five)
 * @param fromEnd {@code position} counts from the bottom of the list: {@code ranks last} (1), {@code second to
 *                last}, {@code penultimate} (2), {@code third from bottom} (3), {@code bottom five} (5, {@code oneOf})
 * @param outOf   how many the list holds, when the text says: {@code 49th out of 50 states}, {@code fifth among
 *                12 candidates}, {@code the lowest of the 27 EU members} (50, 12, 27), else {@code null}
 */
public record Ranking(int start, int end, String text, int position, String list, String after, boolean oneOf,
        boolean fromEnd, Integer outOf) {

    /** An exact position counted from the top. */
    public Ranking(int start, int end, String text, int position, String list, String after) {
        this(start, end, text, position, list, after, false, false, null);
    }

    /** A position counted from the top, exact or within a top group. */
    public Ranking(int start, int end, String text, int position, String list, String after, boolean oneOf) {
        this(start, end, text, position, list, after, oneOf, false, null);
    }

    /** A position in a list whose size the text does not give. */
    public Ranking(int start, int end, String text, int position, String list, String after, boolean oneOf,
            boolean fromEnd) {
        this(start, end, text, position, list, after, oneOf, fromEnd, null);
    }
}
