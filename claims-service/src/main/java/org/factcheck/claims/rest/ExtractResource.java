package org.factcheck.claims.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.claims.service.ExtractionService;
import org.factcheck.engine.model.Extraction;

@Path("/api/extract")
@Tag(name = "extract")
public class ExtractResource {

    private final ExtractionService extractor;

    public ExtractResource(ExtractionService extractor) {
        this.extractor = extractor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INGEST, Roles.EDITOR, Roles.REVIEWER })
    @Operation(summary = "Extract claims from one document without storing anything (same JSON as the CLI)")
    public Extraction extract(@NotNull(message = "a JSON body is required") @Valid ExtractRequest request) {
        return extractor.extract(request.body());
    }
}
