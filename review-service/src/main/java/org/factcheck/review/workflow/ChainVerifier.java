package org.factcheck.review.workflow;

/**
 * Checks a chain fed in seq order: seqs are consecutive from 1, every prevHash equals the previous hash, and
 * every hash matches the recomputed one. Constant memory, so it can run over a database cursor.
 */
public final class ChainVerifier {

    public record Result(boolean valid, long events, Long firstBrokenSeq) {
    }

    private long count;
    private long expectedSeq = 1;
    private String prevHash = EventHash.GENESIS;
    private Long firstBroken;

    public void accept(ChainedEvent e) {
        count++;
        if (firstBroken == null) {
            boolean ok = e.seq() == expectedSeq
                    && prevHash.equals(e.prevHash())
                    && EventHash.hashOf(e).equals(e.hash());
            if (!ok) {
                firstBroken = e.seq() == expectedSeq ? e.seq() : expectedSeq;
            }
        }
        expectedSeq = e.seq() + 1;
        prevHash = e.hash();
    }

    public Result result() {
        return new Result(firstBroken == null, count, firstBroken);
    }
}
