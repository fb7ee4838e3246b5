package org.factcheck.review.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details; {@code state} names the claim's state on a 409. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String state) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
