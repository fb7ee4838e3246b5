package org.factcheck.engine.model;

/** A sentence of the input with its offsets and check-worthiness in [0, 1]. */
public record Sentence(int start, int end, String text, double checkworthiness) {
}
