package org.factcheck.review.workflow;

import java.time.Instant;

/** The editor's approval. */
public class Decision {
    public String editor;
    public String rating;
    public String note;
    public Instant at;

    public Decision() {
    }

    public Decision(String editor, String rating, String note, Instant at) {
        this.editor = editor;
        this.rating = rating;
        this.note = note;
        this.at = at;
    }
}
