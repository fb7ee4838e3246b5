package org.factcheck.engine.model;

/**
 * A position in a list: {@code third place after China} (3, after China), {@code the largest group} (1).
 *
 * @param list  what is ranked, when the text says ({@code "land borders in the world"}), else {@code null}
 * @param after who comes before, for {@code "… after X"}, else {@code null}
 */
public record Ranking(int start, int end, String text, int position, String list, String after) {
}
