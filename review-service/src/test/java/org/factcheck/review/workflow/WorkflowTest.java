package org.factcheck.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkflowTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
    private static final String ID = "c1";
    private final Workflow workflow = new Workflow(WorkflowPolicy.defaults());
    private final List<WorkflowEvent> history = new ArrayList<>();
    private ReviewState state;

    private void apply(List<WorkflowEvent> events) {
        for (WorkflowEvent e : events) {
            state = Workflow.evolve(state, e);
            history.add(e);
        }
    }

    private void received(double checkworthiness) {
        apply(workflow.receive(ID, checkworthiness, Map.of("text", "x"), "claims", T0));
    }

    private void leased(String reviewer, Instant at) {
        apply(workflow.lease(state, ID, reviewer, Set.of(), "lease-" + reviewer + at, at));
    }

    private void verdict(String reviewer, String rating, Instant at) {
        apply(workflow.submitVerdict(state, ID, reviewer, new Workflow.VerdictInput(rating, "because",
                List.of(new Source("https://example.org", null, null)), null), List.of(), at));
    }

    @Test
    void singleVerdictAwaitsApprovalAndApprovalPublishes() {
        received(0.5);
        assertThat(state.status).isEqualTo(ReviewStatus.QUEUED);
        leased("alice", T0.plusSeconds(1));
        assertThat(state.status).isEqualTo(ReviewStatus.ASSIGNED);
        assertThat(state.lease.holder).isEqualTo("alice");
        assertThat(state.lease.until).isEqualTo(T0.plusSeconds(1).plus(Duration.ofMinutes(30)));
        verdict("alice", "TRUE", T0.plusSeconds(60));
        assertThat(state.status).isEqualTo(ReviewStatus.AWAITING_APPROVAL);
        assertThat(state.lease).isNull();
        apply(workflow.approve(state, ID, "erin", null, "ok", T0.plusSeconds(120)));
        assertThat(state.status).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(state.publishedRating).isEqualTo("TRUE");
        assertThat(state.decision.editor).isEqualTo("erin");
        assertThat(history).extracting(WorkflowEvent::type).containsExactly(EventType.CLAIM_RECEIVED,
                EventType.LEASED, EventType.VERDICT_SUBMITTED, EventType.APPROVED, EventType.PUBLISHED);
    }

    @Test
    void everyEventReadsBackFromItsStoredPayloadAsAnEqualRecord() {
        received(0.95);
        leased("alice", T0.plusSeconds(1));
        verdict("alice", "TRUE", T0.plusSeconds(60));
        leased("bob", T0.plusSeconds(61));
        verdict("bob", "FALSE", T0.plusSeconds(90));
        apply(workflow.returnForRework(state, ID, "erin", "sources", T0.plusSeconds(100)));
        apply(workflow.route(state, ID, "erin", new Workflow.Routing(0.5, "science", true), T0.plusSeconds(101)));
        apply(workflow.dismiss(state, ID, "erin", "duplicate", T0.plusSeconds(102)));

        List<WorkflowEvent> stored = history.stream().map(e -> WorkflowEvent.of(e.type(), e.claimId(), e.actor(),
                e.at(), EventData.parse(EventData.canonicalJson(e.data())))).toList();

        assertThat(stored).extracting(WorkflowEvent::getClass).containsExactlyElementsOf(
                history.stream().map(WorkflowEvent::getClass).toList());
        assertThat(stored).extracting(WorkflowEvent::data).containsExactlyElementsOf(
                history.stream().map(e -> EventData.parse(EventData.canonicalJson(e.data()))).toList());
        assertThat(Workflow.replay(stored)).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void authorOfAnyVerdictCannotApproveOrReturn() {
        received(0.5);
        leased("eddie", T0);
        verdict("eddie", "FALSE", T0.plusSeconds(5));
        assertThatThrownBy(() -> workflow.approve(state, ID, "eddie", null, null, T0.plusSeconds(9)))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("four-eyes");
        assertThatThrownBy(() -> workflow.returnForRework(state, ID, "eddie", "redo", T0.plusSeconds(9)))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void highCheckworthinessNeedsTwoVerdictsFromDifferentReviewers() {
        received(0.95);
        assertThat(state.requiredVerdicts).isEqualTo(2);
        leased("alice", T0);
        verdict("alice", "FALSE", T0.plusSeconds(5));
        assertThat(state.status).isEqualTo(ReviewStatus.QUEUED);
        assertThatThrownBy(() -> leased("alice", T0.plusSeconds(6)))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("different reviewer");
        leased("bob", T0.plusSeconds(7));
        verdict("bob", "FALSE", T0.plusSeconds(8));
        assertThat(state.status).isEqualTo(ReviewStatus.AWAITING_APPROVAL);
    }

    @Test
    void disagreeingVerdictsEscalateAndTheEditorChoosesTheRating() {
        received(0.95);
        leased("alice", T0);
        verdict("alice", "FALSE", T0.plusSeconds(5));
        leased("bob", T0.plusSeconds(7));
        verdict("bob", "HALF_TRUE", T0.plusSeconds(8));
        assertThat(state.status).isEqualTo(ReviewStatus.ESCALATED);
        assertThatThrownBy(() -> workflow.approve(state, ID, "erin", null, null, T0.plusSeconds(9)))
                .isInstanceOf(InvalidCommandException.class);
        apply(workflow.approve(state, ID, "erin", "MOSTLY_FALSE", null, T0.plusSeconds(9)));
        assertThat(state.publishedRating).isEqualTo("MOSTLY_FALSE");
    }

    @Test
    void returnStartsANewRoundAndTheClaimCanBeTakenAgain() {
        received(0.5);
        leased("alice", T0);
        verdict("alice", "TRUE", T0.plusSeconds(5));
        apply(workflow.returnForRework(state, ID, "erin", "check the 2023 figure", T0.plusSeconds(6)));
        assertThat(state.status).isEqualTo(ReviewStatus.RETURNED);
        assertThat(state.round).isEqualTo(2);
        assertThat(state.returnNote).isEqualTo("check the 2023 figure");
        leased("alice", T0.plusSeconds(7));
        apply(workflow.release(state, ID, "alice", T0.plusSeconds(8)));
        assertThat(state.status).isEqualTo(ReviewStatus.RETURNED);
    }

    @Test
    void expiredLeaseReturnsTheClaimAndCanBeTakenOverAtomically() {
        received(0.5);
        leased("alice", T0);
        assertThat(workflow.expire(state, ID, T0.plusSeconds(60))).isEmpty();
        Instant late = T0.plus(Duration.ofMinutes(31));
        assertThatThrownBy(() -> verdict("alice", "TRUE", late))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("expired");
        List<WorkflowEvent> takeover = workflow.lease(state, ID, "bob", Set.of(), "l2", late);
        assertThat(takeover).extracting(WorkflowEvent::type).containsExactly(EventType.LEASE_EXPIRED, EventType.LEASED);
        apply(takeover);
        assertThat(state.lease.holder).isEqualTo("bob");
    }

    @Test
    void onlyTheLeaseHolderMayRenewReleaseOrJudge() {
        received(0.5);
        leased("alice", T0);
        assertThatThrownBy(() -> workflow.renew(state, ID, "bob", T0)).isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> workflow.release(state, ID, "bob", T0)).isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> verdict("bob", "TRUE", T0)).isInstanceOf(ActionRefusedException.class);
        apply(workflow.renew(state, ID, "alice", T0.plusSeconds(600)));
        assertThat(state.lease.until).isEqualTo(T0.plusSeconds(600).plus(Duration.ofMinutes(30)));
    }

    @Test
    void illegalTransitionsNameTheCurrentState() {
        received(0.5);
        assertThatThrownBy(() -> workflow.approve(state, ID, "erin", null, null, T0))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.current()).isEqualTo(ReviewStatus.QUEUED));
        assertThatThrownBy(() -> verdict("alice", "TRUE", T0)).isInstanceOf(IllegalTransitionException.class);
        apply(workflow.dismiss(state, ID, "erin", "opinion", T0));
        assertThatThrownBy(() -> leased("alice", T0)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DISMISSED");
        assertThatThrownBy(() -> workflow.dismiss(state, ID, "erin", null, T0))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void deskPinnedClaimGoesOnlyToThatDesk() {
        received(0.5);
        apply(workflow.route(state, ID, "erin", new Workflow.Routing(0.5, "economy", true), T0));
        assertThat(state.desk).isEqualTo("economy");
        assertThat(state.priorityBoost).isEqualTo(0.5);
        assertThat(state.requiredVerdicts).isEqualTo(2);
        assertThatThrownBy(() -> workflow.lease(state, ID, "alice", Set.of("sports"), "l", T0))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(workflow.lease(state, ID, "alice", Set.of("economy"), "l", T0)).hasSize(1);
    }

    @Test
    void unknownRatingAndMissingSourcesAreRejected() {
        received(0.5);
        leased("alice", T0);
        assertThatThrownBy(() -> verdict("alice", "PANTS_ON_FIRE", T0)).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> workflow.submitVerdict(state, ID, "alice",
                new Workflow.VerdictInput("TRUE", "x", List.of(), null), List.of(), T0))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void verdictOnAQuantityCarriesDeviationAndSuggestion() {
        received(0.5);
        leased("alice", T0);
        apply(workflow.submitVerdict(state, ID, "alice", new Workflow.VerdictInput("MOSTLY_TRUE", "close",
                List.of(new Source("https://example.org", null, null)), new Evidence(100_000_000.0, "USD", "budget")),
                List.of(new ClaimedQuantity("115 million dollars", 115_000_000.0, "USD", "EXACT", null, null)), T0));
        Verdict v = state.verdicts.get(0);
        assertThat(v.deviationPercent).isEqualTo(15.0);
        assertThat(v.suggestedRating).isEqualTo("HALF_TRUE");
        assertThat(v.rating).isEqualTo("MOSTLY_TRUE");
    }

    @Test
    void replayingTheHistoryRebuildsTheState() {
        received(0.95);
        leased("alice", T0);
        verdict("alice", "FALSE", T0.plusSeconds(5));
        leased("bob", T0.plusSeconds(7));
        verdict("bob", "TRUE", T0.plusSeconds(8));
        apply(workflow.returnForRework(state, ID, "erin", "disagree", T0.plusSeconds(9)));
        ReviewState replayed = Workflow.replay(history);
        assertThat(replayed).usingRecursiveComparison().isEqualTo(state);
    }
}
