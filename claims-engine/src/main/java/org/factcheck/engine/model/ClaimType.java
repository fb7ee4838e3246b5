package org.factcheck.engine.model;

/** The strongest kind of checkable content a claim carries: a figure beats a ranking beats an attribution. */
public enum ClaimType {
    QUANTITY, RANKING, ATTRIBUTED, FACTUAL
}
