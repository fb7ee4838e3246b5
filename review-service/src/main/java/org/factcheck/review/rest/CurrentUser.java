package org.factcheck.review.rest;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

/** The caller: username from {@code preferred_username}, desks from the {@code desks} claim (absent = none). */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    public CurrentUser(JsonWebToken jwt, SecurityIdentity identity) {
        this.jwt = jwt;
        this.identity = identity;
    }

    public String name() {
        String preferred = jwt.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public Set<String> desks() {
        Object claim = jwt.getClaim("desks");
        Set<String> desks = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    desks.add(s.getString());
                }
            });
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> desks.add(String.valueOf(v)));
        } else if (claim instanceof String single) {
            desks.add(single);
        }
        return desks;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Reviewers who are nothing else see only their own verdicts while a claim is still being reviewed. */
    public boolean seesAllVerdicts() {
        return has(Roles.EDITOR) || has(Roles.AUDITOR) || has(Roles.ADMIN);
    }
}
