package org.factcheck.review.rest;

import org.factcheck.review.service.ContentionException;
import org.factcheck.review.service.NotFoundException;
import org.factcheck.review.workflow.ActionRefusedException;
import org.factcheck.review.workflow.IllegalTransitionException;
import org.factcheck.review.workflow.InvalidCommandException;
import org.factcheck.web.Problem;
import org.factcheck.web.ProblemType;
import org.factcheck.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The review workflow's own refusals as problem+json; everything else goes through the shared mappers. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return Problems.response(
                Problem.of(ProblemType.ILLEGAL_TRANSITION, e.getMessage(), uri.getPath()).withState(e.current().name()));
    }

    @ServerExceptionMapper
    public Response refused(ActionRefusedException e, UriInfo uri) {
        return Problems.response(ProblemType.ACTION_REFUSED, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidCommandException e, UriInfo uri) {
        return Problems.response(ProblemType.INVALID_REQUEST, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response contention(ContentionException e, UriInfo uri) {
        return Problems.response(ProblemType.CONTENTION, e.getMessage(), uri.getPath());
    }
}
