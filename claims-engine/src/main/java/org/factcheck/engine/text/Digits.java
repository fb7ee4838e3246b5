package org.factcheck.engine.text;

/** The value of a number token: {@code 7,600}, {@code 12,34,567}, {@code 40 000}, {@code 1.5}, any script's digits. */
public final class Digits {

    private Digits() {
    }

    public static double value(String text) {
        long whole = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                whole = whole * 10 + d;
                digits++;
            } else if (c == '.' || c != ',' && c != ' ' && c != SourceText.DIGIT_GROUP_SPACE) {
                return withFraction(text);
            }
        }
        return digits <= 18 ? whole : withFraction(text);
    }

    private static double withFraction(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else if (c != ',' && c != ' ' && c != SourceText.DIGIT_GROUP_SPACE) {
                b.append(c);
            }
        }
        return Double.parseDouble(b.toString());
    }
}
