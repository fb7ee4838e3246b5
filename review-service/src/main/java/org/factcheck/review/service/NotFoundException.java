package org.factcheck.review.service;

/** No such claim, or nothing published under that id (HTTP 404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
