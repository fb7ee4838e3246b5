package org.factcheck.engine.matching;

/** How sure a link between two claims is: SUGGESTED asks a human, CONFIRMED lets a verdict be reused. */
public enum MatchKind {
    SUGGESTED, CONFIRMED
}
