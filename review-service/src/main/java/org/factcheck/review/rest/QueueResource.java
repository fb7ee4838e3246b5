package org.factcheck.review.rest;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.web.PageRequest;
import org.factcheck.web.PageView;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.mapping.ReviewMapper;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.review.rest.dto.ReviewView;
import org.factcheck.review.service.ReviewService;
import org.factcheck.review.workflow.ReviewStatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The work queue. */
@Path("/api/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    private static final List<ReviewStatus> QUEUE_STATES =
            List.of(ReviewStatus.QUEUED, ReviewStatus.RETURNED, ReviewStatus.ASSIGNED);

    private final ReviewService service;
    private final ReviewRepository reviews;
    private final ReviewMapper mapper;
    private final ReviewConfig config;
    private final CurrentUser user;

    public QueueResource(ReviewService service, ReviewRepository reviews, ReviewMapper mapper, ReviewConfig config,
            CurrentUser user) {
        this.service = service;
        this.reviews = reviews;
        this.mapper = mapper;
        this.config = config;
        this.user = user;
    }

    /** Claims by priority; {@code state} takes one or more comma-separated states (default: the queue's). */
    @GET
    @RolesAllowed({ Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN })
    public PageView<ReviewView> list(@QueryParam("state") String state, @QueryParam("desk") String desk,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size, 20, config.maxPageSize());
        var result = reviews.page(states(state), desk, paging.page(), paging.size());
        boolean seesAll = user.seesAllVerdicts();
        return PageView.of(result.items().stream().map(r -> mapper.toView(r, user.name(), seesAll, false)).toList(),
                paging, result.total());
    }

    /** Leases the highest-priority claim the caller may take: 200 with the claim, or 204 when there is none. */
    @POST
    @Path("/next")
    @RolesAllowed(Roles.REVIEWER)
    public Response next() {
        return service.next(user.name(), user.desks())
                .map(r -> Response.ok(mapper.toView(r, user.name(), user.seesAllVerdicts(), true)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    static List<ReviewStatus> states(String param) {
        if (param == null || param.isBlank()) {
            return QUEUE_STATES;
        }
        List<ReviewStatus> out = new ArrayList<>();
        for (String s : param.split(",")) {
            try {
                out.add(ReviewStatus.valueOf(s.trim()));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("unknown state '" + s.trim() + "'");
            }
        }
        return out;
    }
}
