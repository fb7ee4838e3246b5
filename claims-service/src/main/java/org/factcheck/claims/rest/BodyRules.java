package org.factcheck.claims.rest;

final class BodyRules {

    private BodyRules() {
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static boolean exactlyOne(String text, String html) {
        return present(text) != present(html) && (text == null || html == null);
    }
}
