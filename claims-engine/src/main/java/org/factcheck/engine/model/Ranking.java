package org.factcheck.engine.model;

/**
 * A position in a list: {@code third place after China} (3, after China), {@code the largest group} (1).
 *
 * @param list  what is ranked, when the text says ({@code "land borders in the world"}), else {@code null}
 * @param after who comes before, for {@code "… after X"}, else {@code null}
 * @param oneOf the text puts the subject inside a top group rather than at an exact place: {@code one of the
 *              longest} (position 1: the group of the longest), {@code top five} (position 5: within the first
 *              five)
 */
public record Ranking(int start, int end, String text, int position, String list, String after, boolean oneOf) {

    /** An exact position. */
    public Ranking(int start, int end, String text, int position, String list, String after) {
        this(start, end, text, position, list, after, false);
    }
}
