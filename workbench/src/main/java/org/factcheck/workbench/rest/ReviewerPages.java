package org.factcheck.workbench.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.workbench.client.Api;
import org.factcheck.workbench.client.GatewayApi;
import org.factcheck.workbench.config.WorkbenchConfig;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reviewer's loop: queue, take next, the claim in its article, lease renew/release, the verdict. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN })
public class ReviewerPages {

    static final List<String> RATINGS = List.of("TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MOSTLY_FALSE", "FALSE",
            "MISLEADING", "UNVERIFIABLE");
    static final List<String> STATES = List.of("QUEUED", "RETURNED", "ASSIGNED", "AWAITING_APPROVAL", "ESCALATED",
            "PUBLISHED", "DISMISSED");
    static final List<String> TYPES = List.of("QUANTITY", "RANKING", "ATTRIBUTED", "FACTUAL");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(CurrentUser.Viewer viewer, QueueFilter filter, List<Api.Review> rows,
                long total, long refreshSeconds, String notice, List<String> states, List<String> types);

        static native TemplateInstance rows(List<Api.Review> rows);

        static native TemplateInstance claim(CurrentUser.Viewer viewer, Api.Review review, Api.Claim claim,
                ArticleContext context, boolean mine, List<String> ratings, ToleranceBands bands, String notice);
    }

    private final GatewayApi api;
    private final CurrentUser user;
    private final WorkbenchConfig config;
    private final ToleranceBands bands;

    public ReviewerPages(GatewayApi api, CurrentUser user, WorkbenchConfig config) {
        this.api = api;
        this.user = user;
        this.config = config;
        this.bands = ToleranceBands.parse(config.toleranceBands(), config.beyondBands(), RATINGS);
    }

    @GET
    @Path("queue")
    public TemplateInstance queue(@QueryParam("desk") String desk, @QueryParam("type") String type,
            @QueryParam("priority") String priority, @QueryParam("state") String state,
            @QueryParam("notice") String notice) {
        QueueFilter filter = QueueFilter.of(desk, type, priority, state);
        Api.Page<Api.Review> page = fetch(filter);
        return Templates.queue(user.viewer(), filter, filter.apply(page.items()), page.total(),
                Math.max(1, config.queueRefresh().toSeconds()), notice, STATES, TYPES);
    }

    /** The queue's rows alone, for the page's periodic refresh. */
    @GET
    @Path("queue/rows")
    public TemplateInstance queueRows(@QueryParam("desk") String desk, @QueryParam("type") String type,
            @QueryParam("priority") String priority, @QueryParam("state") String state) {
        QueueFilter filter = QueueFilter.of(desk, type, priority, state);
        return Templates.rows(filter.apply(fetch(filter).items()));
    }

    private Api.Page<Api.Review> fetch(QueueFilter filter) {
        return api.queue(user.bearer(), filter.state(), filter.desk(), 0, config.pageSize());
    }

    @POST
    @Path("queue/next")
    public Response takeNext() {
        try (Response next = api.next(user.bearer())) {
            if (next.getStatus() == 200) {
                Api.Review review = next.readEntity(Api.Review.class);
                Log.infof("%s took %s", user.name(), review.claimId());
                return Response.seeOther(URI.create("/claims/" + review.claimId())).build();
            }
        }
        return Response.seeOther(URI.create("/queue?notice=empty")).build();
    }

    @GET
    @Path("claims/{id}")
    public TemplateInstance claim(@PathParam("id") String claimId, @QueryParam("notice") String notice) {
        Api.Review review = api.review(user.bearer(), claimId);
        Optional<Api.Claim> claim = optional(() -> api.claim(user.bearer(), claimId));
        ArticleContext context = claim.flatMap(c -> optional(() -> api.article(user.bearer(), c.articleId()))
                .map(a -> ArticleContext.of(a, c))).orElse(ArticleContext.none(review.text()));
        boolean mine = review.lease() != null && user.name().equals(review.lease().holder())
                && "ASSIGNED".equals(review.state());
        return Templates.claim(user.viewer(), review, claim.orElse(null), context, mine, RATINGS, bands, notice);
    }

    @POST
    @Path("claims/{id}/renew")
    public Response renew(@PathParam("id") String claimId) {
        api.renew(user.bearer(), claimId);
        return Response.seeOther(URI.create("/claims/" + claimId + "?notice=renewed")).build();
    }

    @POST
    @Path("claims/{id}/release")
    public Response release(@PathParam("id") String claimId) {
        api.release(user.bearer(), claimId);
        return Response.seeOther(URI.create("/queue?notice=released")).build();
    }

    @POST
    @Path("claims/{id}/verdict")
    public Response verdict(@PathParam("id") String claimId, @RestForm String rating, @RestForm String summary,
            @RestForm List<String> sourceUrl, @RestForm List<String> sourceTitle, @RestForm String evidenceValue,
            @RestForm String evidenceUnit, @RestForm String evidenceSource) {
        List<Api.Source> sources = new ArrayList<>();
        for (int i = 0; sourceUrl != null && i < sourceUrl.size(); i++) {
            String url = sourceUrl.get(i);
            if (url != null && !url.isBlank()) {
                String title = sourceTitle != null && i < sourceTitle.size() ? blankToNull(sourceTitle.get(i)) : null;
                sources.add(new Api.Source(url.trim(), title, null));
            }
        }
        Api.Evidence evidence = null;
        if (evidenceValue != null && !evidenceValue.isBlank()) {
            try {
                evidence = new Api.Evidence(Double.valueOf(evidenceValue.trim().replace(",", "")),
                        blankToNull(evidenceUnit), blankToNull(evidenceSource));
            } catch (NumberFormatException e) {
                throw new WebApplicationException(Response.status(400)
                        .entity("The evidence value must be a number.").build());
            }
        }
        api.verdict(user.bearer(), claimId, new Api.VerdictRequest(rating, summary, sources, evidence));
        return Response.seeOther(URI.create("/claims/" + claimId + "?notice=submitted")).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Side information (claim details, the article) that the page can do without. */
    static <T> Optional<T> optional(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            Log.debugf("optional call failed: %s", e.toString());
            return Optional.empty();
        }
    }

    /** Queue filters: desk and state go to the API, type and minimum priority are applied to the page. */
    public record QueueFilter(String desk, String type, String priority, String state) {

        static QueueFilter of(String desk, String type, String priority, String state) {
            return new QueueFilter(clean(desk), clean(type), clean(priority), clean(state));
        }

        private static String clean(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }

        List<Api.Review> apply(List<Api.Review> rows) {
            Double min = null;
            try {
                min = priority == null ? null : Double.valueOf(priority);
            } catch (NumberFormatException e) {
                min = null;
            }
            Double floor = min;
            return rows.stream()
                    .filter(r -> type == null || type.equalsIgnoreCase(r.type()))
                    .filter(r -> floor == null || r.priority() >= floor)
                    .toList();
        }

        /** The filters as a query string for the refresh URL. */
        public String query() {
            return new QueryString("?").add("desk", desk).add("type", type).add("priority", priority)
                    .add("state", state).toString();
        }

        public boolean is(String field, String value) {
            String v = switch (field.toLowerCase(Locale.ROOT)) {
                case "type" -> type;
                case "state" -> state;
                default -> null;
            };
            return value.equals(v);
        }
    }

    /** The article text split around the claim's sentence, so the page can mark it. */
    public record ArticleContext(String title, String url, String before, String sentence, String after) {

        static ArticleContext of(Api.Article article, Api.Claim claim) {
            String text = article.text();
            if (text == null || claim.start() < 0 || claim.end() > text.length() || claim.start() >= claim.end()) {
                return new ArticleContext(article.title(), article.url(), "", claim.text(), "");
            }
            return new ArticleContext(article.title(), article.url(), text.substring(0, claim.start()),
                    text.substring(claim.start(), claim.end()), text.substring(claim.end()));
        }

        static ArticleContext none(String sentence) {
            return new ArticleContext(null, null, "", sentence, "");
        }
    }
}
