package org.factcheck.review.workflow;

/** A reference a reviewer relied on. */
public class Source {
    public String url;
    public String title;
    public String accessedAt;

    public Source() {
    }

    public Source(String url, String title, String accessedAt) {
        this.url = url;
        this.title = title;
        this.accessedAt = accessedAt;
    }
}
