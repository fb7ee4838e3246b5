package org.factcheck.review.rest;

/**
 * Realm roles. Admins may do what editors do (routing, approve, return, dismiss — four-eyes still applies) and
 * read what auditors read; they do not take leases unless they are also reviewers.
 */
public final class Roles {
    public static final String REVIEWER = "reviewer";
    public static final String EDITOR = "editor";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String CLAIMS_HANDOVER = "claims-handover";

    private Roles() {
    }
}
