package org.factcheck.workbench.rest;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/** {@code /} sends each user to the page of their main role. */
@Path("/")
@Authenticated
public class HomePage {

    private final CurrentUser user;

    public HomePage(CurrentUser user) {
        this.user = user;
    }

    @GET
    public Response home() {
        CurrentUser.Viewer viewer = user.viewer();
        String to = viewer.reviewer() ? "/queue" : viewer.editor() ? "/editor" : viewer.auditor() ? "/audit" : "/queue";
        return Response.seeOther(URI.create(to)).build();
    }
}
