package org.factcheck.workbench.rest;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in user: name and roles for the pages, and the access token the API calls carry. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** {@code Bearer <access token>}, or null when the session holds none (tests). */
    public String bearer() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }

    public Viewer viewer() {
        return new Viewer(name(), identity.hasRole(Roles.REVIEWER), identity.hasRole(Roles.EDITOR)
                || identity.hasRole(Roles.ADMIN), identity.hasRole(Roles.AUDITOR));
    }

    /** What the navigation shows. */
    public record Viewer(String name, boolean reviewer, boolean editor, boolean auditor) {
    }
}
