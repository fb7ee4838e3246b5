package org.factcheck.claims.rest;

/** Realm roles as Keycloak names them. */
final class Roles {

    static final String INGEST = "ingest";
    static final String EDITOR = "editor";
    static final String REVIEWER = "reviewer";
    static final String AUDITOR = "auditor";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
