package org.factcheck.claims.rest;

import jakarta.validation.constraints.AssertTrue;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A document to extract from, not stored: exactly one of {@code text} and {@code html}. */
public record ExtractRequest(String text, String html) {

    @JsonIgnore
    @AssertTrue(message = "give exactly one of text and html, not blank")
    public boolean isExactlyOneBody() {
        return BodyRules.exactlyOne(text, html);
    }

    public String body() {
        return BodyRules.present(html) ? html : text;
    }
}
