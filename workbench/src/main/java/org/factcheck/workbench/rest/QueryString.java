package org.factcheck.workbench.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the query part of a page link from the filters that are set. */
final class QueryString {

    private final StringBuilder query = new StringBuilder();
    private final String first;

    /** {@code first} starts the query: {@code ?} for a fresh one, {@code &} to extend one. */
    QueryString(String first) {
        this.first = first;
    }

    QueryString add(String name, String value) {
        if (value != null) {
            query.append(query.length() == 0 ? first : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
