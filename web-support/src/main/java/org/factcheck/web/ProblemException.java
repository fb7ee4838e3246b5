package org.factcheck.web;

/** Thrown anywhere to answer with a problem of the given type; {@code state} is the optional 409 extension. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String state;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, String state) {
        super(detail, null, false, false);
        this.type = type;
        this.state = state;
    }

    public ProblemType type() {
        return type;
    }

    public String state() {
        return state;
    }
}
