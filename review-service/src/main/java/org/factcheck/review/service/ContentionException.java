package org.factcheck.review.service;

/** A claim changed under us on every retry (HTTP 409; the client may simply retry). */
public class ContentionException extends RuntimeException {
    public ContentionException(String message) {
        super(message);
    }
}
