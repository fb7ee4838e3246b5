package org.factcheck.workbench.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of the gateway's JSON answers the pages show; unknown fields are ignored. */
public final class Api {

    private Api() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Review(String claimId, String articleId, String text, String type, String state,
            double checkworthiness, double priority, double priorityBoost, String desk, boolean highStakes,
            int requiredVerdicts, int round, Lease lease, List<Verdict> verdicts, String returnNote,
            Instant receivedAt, Instant publishedAt, String publishedRating) {

        public List<Verdict> verdictList() {
            return verdicts == null ? List.of() : verdicts;
        }

        public boolean awaitingApproval() {
            return "AWAITING_APPROVAL".equals(state) || "ESCALATED".equals(state);
        }

        public boolean published() {
            return "PUBLISHED".equals(state);
        }

        /** The states in which the review-service lets an editor change the routing. */
        public boolean routable() {
            return "QUEUED".equals(state) || "RETURNED".equals(state) || "ASSIGNED".equals(state);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lease(String holder, Instant since, Instant until) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verdict(String reviewer, int round, String rating, String summary, List<Source> sources,
            Evidence evidence, Double deviationPercent, String suggestedRating, Instant submittedAt) {

        public List<Source> sourceList() {
            return sources == null ? List.of() : sources;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String url, String title, String accessedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(Double value, String unit, String source) {
    }

    /** What {@code POST /api/reviews/{id}/verdicts} takes. */
    public record VerdictRequest(String rating, String summary, List<Source> sources, Evidence evidence) {
    }

    public record Approve(String rating, String note) {
    }

    public record Return(String reason) {
    }

    /** What {@code PUT /api/reviews/{id}/routing} takes: null leaves a field alone, an empty desk unpins. */
    public record Routing(Double priorityBoost, String desk, Boolean highStakes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(long seq, String claimId, String type, String actor, String at, Map<String, Object> data,
            String prevHash, String hash) {

        public String shortHash() {
            return hash == null || hash.length() < 12 ? hash : hash.substring(0, 12);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChainResult(boolean valid, long events, Long firstBrokenSeq) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String id, String articleId, int sentence, int start, int end, String text, String type,
            double checkworthiness, List<String> reasons, List<Quantity> quantities, List<Match> matches,
            List<Ranking> rankings) {

        /** A claim without rankings. */
        public Claim(String id, String articleId, int sentence, int start, int end, String text, String type,
                double checkworthiness, List<String> reasons, List<Quantity> quantities, List<Match> matches) {
            this(id, articleId, sentence, start, end, text, type, checkworthiness, reasons, quantities, matches, null);
        }

        /** The first extracted figure, which a verdict's evidence value is compared with. */
        public Double firstValue() {
            return quantityList().stream().map(Quantity::value).filter(v -> v != null).findFirst().orElse(null);
        }

        /** The qualifier of that figure (MORE_THAN, AT_MOST, ...), EXACT when none. */
        public String firstQualifier() {
            return quantityList().stream().filter(q -> q.value() != null).findFirst()
                    .map(q -> q.qualifier() == null ? "EXACT" : q.qualifier()).orElse("EXACT");
        }

        public List<Quantity> quantityList() {
            return quantities == null ? List.of() : quantities;
        }

        public List<Match> matchList() {
            return matches == null ? List.of() : matches;
        }

        public List<Ranking> rankingList() {
            return rankings == null ? List.of() : rankings;
        }

        public List<String> reasonList() {
            return reasons == null ? List.of() : reasons;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quantity(String text, Double value, String unit, String qualifier) {
    }

    /**
     * A place in a list: {@code oneOf} within a group of {@code position}, {@code fromEnd} counted from the bottom,
     * {@code outOf} how many the list holds (null when the text does not say).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ranking(String text, int position, boolean oneOf, boolean fromEnd, Integer outOf) {

        /** A place in a list whose size the text does not give. */
        public Ranking(String text, int position, boolean oneOf, boolean fromEnd) {
            this(text, position, oneOf, fromEnd, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Match(String claimId, String articleId, double score, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, String title, String url, String outlet, String text) {
    }
}
