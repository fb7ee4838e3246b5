package org.factcheck.review.rest;

import java.net.URI;
import java.util.Locale;
import java.util.function.Function;

import org.factcheck.web.PageRequest;
import org.factcheck.web.PageView;
import org.factcheck.review.WebhookDelivery;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.repository.ReviewRepository;
import org.factcheck.review.rest.dto.WebhookDtos.Create;
import org.factcheck.review.rest.dto.WebhookDtos.DeliveryView;
import org.factcheck.review.rest.dto.WebhookDtos.Update;
import org.factcheck.review.rest.dto.WebhookDtos.WebhookView;
import org.factcheck.review.service.DeliveryService;
import org.factcheck.review.service.WebhookService;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Webhook subscriptions, their delivery log and redelivery; admins only. */
@Path("/api/webhooks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    static final String ID = "[A-Za-z0-9-]{1,64}";
    static final String DELIVERY_ID = "[A-Za-z0-9_:-]{1,200}";

    private final WebhookService webhooks;
    private final DeliveryService deliveries;
    private final ReviewConfig config;

    public WebhookResource(WebhookService webhooks, DeliveryService deliveries, ReviewConfig config) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.config = config;
    }

    /** 201 with the secret: the only answer that ever shows it (besides rotation). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull Create in) {
        var s = webhooks.create(new WebhookService.Changes(in.url(), in.events(), in.description(), in.active(),
                in.secret()));
        return Response.created(URI.create("/api/webhooks/" + s.id)).entity(WebhookView.withSecret(s)).build();
    }

    @GET
    public PageView<WebhookView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size, 20, config.maxPageSize());
        return view(webhooks.list(paging.page(), paging.size()), WebhookView::of, paging);
    }

    @GET
    @Path("/{id}")
    public WebhookView get(@PathParam("id") @Pattern(regexp = ID) String id) {
        return WebhookView.of(webhooks.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookView update(@PathParam("id") @Pattern(regexp = ID) String id, @Valid @NotNull Update in) {
        return WebhookView.of(webhooks.update(id, new WebhookService.Changes(in.url(), in.events(),
                in.description(), in.active(), null)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") @Pattern(regexp = ID) String id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret")
    public WebhookView rotateSecret(@PathParam("id") @Pattern(regexp = ID) String id) {
        return WebhookView.withSecret(webhooks.rotateSecret(id));
    }

    /** Newest first; {@code status} PENDING, DELIVERED or FAILED narrows it. */
    @GET
    @Path("/{id}/deliveries")
    public PageView<DeliveryView> deliveries(@PathParam("id") @Pattern(regexp = ID) String id,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        webhooks.get(id);
        PageRequest paging = PageRequest.of(page, size, 20, config.maxPageSize());
        return view(deliveries.log(id, status(status), paging.page(), paging.size()), DeliveryView::of, paging);
    }

    /** 202: the delivery is due again and goes out with the next scan. */
    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("id") @Pattern(regexp = ID) String id,
            @PathParam("deliveryId") @Pattern(regexp = DELIVERY_ID) String deliveryId) {
        return Response.accepted(DeliveryView.of(deliveries.redeliver(id, deliveryId))).build();
    }

    private static <T, V> PageView<V> view(ReviewRepository.Page<T> p, Function<T, V> toView, PageRequest paging) {
        return PageView.of(p.items(), paging, p.total()).map(toView);
    }

    private static WebhookDelivery.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return WebhookDelivery.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be PENDING, DELIVERED or FAILED");
        }
    }
}
