package org.factcheck.review.workflow;

/** The request itself is wrong, e.g. a rating outside the configured scale (HTTP 400). */
public class InvalidCommandException extends RuntimeException {
    public InvalidCommandException(String message) {
        super(message);
    }
}
