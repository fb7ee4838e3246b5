package org.factcheck.engine.model;

/** How a figure is hedged in the text. */
public enum Qualifier {
    EXACT, APPROXIMATE, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, RANGE, INCREASE, DECREASE
}
