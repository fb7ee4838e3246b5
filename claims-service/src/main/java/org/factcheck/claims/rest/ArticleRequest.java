package org.factcheck.claims.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A submitted article: exactly one of {@code text} and {@code html}. */
public record ArticleRequest(
        @NotBlank @Size(max = 500) String title,
        String text,
        String html,
        @Size(max = 2048) @URL(regexp = "^(?i)https?:.*", message = "must be an http(s) URL") String url,
        @Size(max = 200) String outlet,
        OffsetDateTime publishedAt,
        @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", message = "must be a language tag such as en or en-GB")
        String language) {

    @JsonIgnore
    @AssertTrue(message = "give exactly one of text and html, not blank")
    public boolean isExactlyOneBody() {
        return BodyRules.exactlyOne(text, html);
    }

    /** Whether the article came as HTML (else as plain text). */
    public boolean givenAsHtml() {
        return BodyRules.present(html);
    }
}
