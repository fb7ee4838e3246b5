package org.factcheck.claims.rest;

import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.claims.service.ExtractionService;
import org.factcheck.engine.model.Extraction;

/**
 * Stateless extraction. Non-blocking: the request thread hands the document to the engine's threads, which also write
 * the answer (the CLI's JSON, byte for byte), so no worker thread waits in between.
 */
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
    @APIResponse(responseCode = "200", description = "Sentences and claims of the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Extraction.class)))
    public CompletionStage<byte[]> extract(@NotNull(message = "a JSON body is required") @Valid ExtractRequest request) {
        return extractor.extractJson(request.body());
    }
}
