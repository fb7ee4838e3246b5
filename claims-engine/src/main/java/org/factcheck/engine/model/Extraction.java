package org.factcheck.engine.model;

import java.util.List;

/** The engine's answer for one document: every sentence, and the claims found in them. */
public record Extraction(List<Sentence> sentences, List<Claim> claims) {
}
