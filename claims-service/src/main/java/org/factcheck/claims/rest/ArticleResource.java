package org.factcheck.claims.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factcheck.claims.Article;
import org.factcheck.claims.config.ClaimsConfig;
import org.factcheck.claims.mapping.ArticleMapper;
import org.factcheck.claims.mapping.ClaimMapper;
import org.factcheck.web.PageRequest;
import org.factcheck.web.PageView;
import org.factcheck.web.RequestIds;
import org.factcheck.claims.service.ArticleService;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class ArticleResource {

    private final ArticleService service;
    private final ClaimsConfig config;
    private final SecurityIdentity identity;

    public ArticleResource(ArticleService service, ClaimsConfig config, SecurityIdentity identity) {
        this.service = service;
        this.config = config;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INGEST, Roles.EDITOR })
    @Operation(summary = "Submit an article: 201 with its claims, or 200 with the stored one if it was seen before")
    public Response submit(@NotNull(message = "a JSON body is required") @Valid ArticleRequest request,
            @HeaderParam(RequestIds.HEADER) String requestId) {
        var intake = service.submit(new ArticleService.Submission(request.title(),
                request.givenAsHtml() ? null : request.text(), request.givenAsHtml() ? request.html() : null,
                blankToNull(request.url()), blankToNull(request.outlet()),
                request.publishedAt() == null ? null : request.publishedAt().toInstant(),
                blankToNull(request.language()), identity.getPrincipal().getName(),
                requestId));
        ArticleView view = ArticleMapper.toView(intake.article(), intake.claims());
        URI location = URI.create("/api/articles/" + view.id());
        return (intake.created() ? Response.created(location) : Response.ok().location(location))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.INGEST, Roles.EDITOR, Roles.REVIEWER, Roles.AUDITOR })
    @Operation(summary = "Articles, newest first")
    public PageView<ArticleView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.newestFirst(config.paging().of(page, size)).map(ArticleMapper::toView);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INGEST, Roles.EDITOR, Roles.REVIEWER, Roles.AUDITOR })
    @Operation(summary = "One article with its claims")
    public ArticleView get(@PathParam("id") String id) {
        Article article = service.get(id);
        return ArticleMapper.toView(article, service.claimsOf(article));
    }

    @GET
    @Path("/{id}/claims")
    @RolesAllowed({ Roles.INGEST, Roles.EDITOR, Roles.REVIEWER, Roles.AUDITOR })
    @Operation(summary = "The claims of one article, in text order")
    public PageView<ClaimView> claims(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest p = config.paging().of(page, size);
        return service.claimsOf(id, p).map(ClaimMapper::toView);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
