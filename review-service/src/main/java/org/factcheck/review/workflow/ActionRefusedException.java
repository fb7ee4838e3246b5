package org.factcheck.review.workflow;

/** The caller may not do this to this claim, e.g. four-eyes or someone else's lease (HTTP 403). */
public class ActionRefusedException extends RuntimeException {
    public ActionRefusedException(String message) {
        super(message);
    }
}
