package org.factcheck.review.rest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.factcheck.web.PageRequest;
import org.factcheck.web.PageView;
import org.factcheck.review.config.ReviewConfig;
import org.factcheck.review.repository.EventRepository;
import org.factcheck.review.service.AuditService;
import org.factcheck.review.workflow.ChainVerifier;
import org.factcheck.review.workflow.EventData;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The history for auditors: a JSON page, or the whole filtered stream as NDJSON or CSV (chosen by Accept),
 * written from a database cursor so memory stays flat however many events there are.
 */
@Path("/api/audit")
@RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
public class AuditResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    private final AuditService audit;
    private final ReviewConfig config;
    private final ObjectMapper json;

    public AuditResource(AuditService audit, ReviewConfig config, ObjectMapper json) {
        this.audit = audit;
        this.config = config;
        this.json = json;
    }

    /**
     * JSON (the default) is one page; with {@code Accept: application/x-ndjson} or {@code text/csv} the whole
     * filtered history is streamed and page/size do not apply.
     */
    @GET
    @Path("/events")
    @Produces({ MediaType.APPLICATION_JSON, NDJSON, CSV })
    public Response events(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("actor") String actor, @QueryParam("claimId") String claimId,
            @QueryParam("type") String type, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        var filter = filter(from, to, actor, claimId, type);
        String format = format(headers);
        if (NDJSON.equals(format)) {
            return ndjson(filter);
        }
        if (CSV.equals(format)) {
            return csv(filter);
        }
        PageRequest paging = PageRequest.of(page, size, 50, config.maxPageSize());
        var result = audit.page(filter, paging.page(), paging.size());
        return Response.ok(PageView.of(result.items(), paging, result.total()),
                MediaType.APPLICATION_JSON).build();
    }

    /** The first acceptable type the caller named explicitly; wildcards mean JSON. */
    private static String format(HttpHeaders headers) {
        List<MediaType> acceptable;
        try {
            acceptable = headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException e) {
            // an Accept header that matched this method but does not parse as a list (e.g. an empty one): as if none
            return MediaType.APPLICATION_JSON;
        }
        for (MediaType m : acceptable) {
            if (m.isWildcardType() || m.isWildcardSubtype()) {
                return MediaType.APPLICATION_JSON;
            }
            String t = m.getType() + "/" + m.getSubtype();
            if (t.equals(NDJSON) || t.equals(CSV) || t.equals(MediaType.APPLICATION_JSON)) {
                return t;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private Response ndjson(EventRepository.Filter filter) {
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            audit.export(filter, e -> write(w, () -> json.writeValueAsString(e) + "\n"));
            w.flush();
        };
        return Response.ok(body, NDJSON).header("Content-Disposition", "attachment; filename=events.ndjson").build();
    }

    /** seq,at,claimId,type,actor,data,prevHash,hash with data as canonical JSON. */
    private Response csv(EventRepository.Filter filter) {
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write("seq,at,claimId,type,actor,data,prevHash,hash\n");
            audit.export(filter, e -> write(w, () -> String.join(",", String.valueOf(e.seq()), e.at(),
                    cell(e.claimId()), e.type(), cell(e.actor()), cell(EventData.canonicalJson(e.data())),
                    e.prevHash(), e.hash()) + "\n"));
            w.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=events.csv").build();
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    public ChainVerifier.Result verify() {
        return audit.verify();
    }

    private interface Line {
        String get() throws IOException;
    }

    private static void write(Writer w, Line line) {
        try {
            w.write(line.get());
        } catch (IOException e) {
            throw new UncheckedIOException("export aborted (client gone?)", e);
        }
    }

    /** RFC 4180 quoting; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static EventRepository.Filter filter(String from, String to, String actor, String claimId,
            String type) {
        return new EventRepository.Filter(time(from, "from"), time(to, "to"), blankToNull(actor),
                blankToNull(claimId), blankToNull(type));
    }

    private static String time(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EventData.time(Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant like 2026-01-31T00:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
