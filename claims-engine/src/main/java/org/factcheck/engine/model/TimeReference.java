package org.factcheck.engine.model;

/** The year or period a claim is about: {@code since 2014} (from 2014), {@code in 2020} (from and to 2020). */
public record TimeReference(int start, int end, String text, String from, String to) {
}
