package org.factcheck.workbench.rest;

/** Realm roles, as in the gateway's route table. */
public final class Roles {

    public static final String REVIEWER = "reviewer";
    public static final String EDITOR = "editor";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
