package org.factcheck.review.workflow;

/** The figure the reviewer found, to compare with the claimed one. */
public class Evidence {
    public Double value;
    public String unit;
    public String source;

    public Evidence() {
    }

    public Evidence(Double value, String unit, String source) {
        this.value = value;
        this.unit = unit;
        this.source = source;
    }
}
