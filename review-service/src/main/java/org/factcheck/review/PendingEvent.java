package org.factcheck.review;

/**
 * An event written into its claim's {@link Review} document together with the state change it causes, and
 * removed once it is in the history. {@code key} (claim, version, index) is unique in the events collection.
 */
public class PendingEvent {
    public String key;
    public String type;
    public String actor;
    public String at;
    public String dataJson;

    public PendingEvent() {
    }

    public PendingEvent(String key, String type, String actor, String at, String dataJson) {
        this.key = key;
        this.type = type;
        this.actor = actor;
        this.at = at;
        this.dataJson = dataJson;
    }
}
