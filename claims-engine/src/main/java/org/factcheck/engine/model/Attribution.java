package org.factcheck.engine.model;

/** Who asserts a claim: {@code according to official data} → source {@code official data}. */
public record Attribution(int start, int end, String text, String source) {
}
