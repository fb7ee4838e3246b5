package org.factcheck.engine.model;

/** Whether a figure counts or measures ({@code 3 km}, {@code three-quarters}) or orders ({@code the third}). */
public enum QuantityKind {
    CARDINAL, ORDINAL
}
