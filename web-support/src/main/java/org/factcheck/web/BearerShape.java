package org.factcheck.web;

/**
 * The bearer-token shape pre-check: values that cannot be a JWT are refused with 401 before the OIDC code sees
 * them (some malformed values, e.g. {@code ..}, make it throw instead of refusing).
 */
public final class BearerShape {

    /** Characters of base64url, by code point below 128. */
    private static final boolean[] BASE64URL = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            BASE64URL[c] = true;
            BASE64URL[Character.toLowerCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            BASE64URL[c] = true;
        }
        BASE64URL['-'] = true;
        BASE64URL['_'] = true;
    }

    private BearerShape() {
    }

    /** {@code true} if the header is a bearer credential that is not a compact JWS (surrounding blanks aside). */
    public static boolean refuses(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // String.trim()'s bounds, without copying the ~1 KB token twice on every request
        int from = 7;
        int to = authorization.length();
        while (from < to && authorization.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && authorization.charAt(to - 1) <= ' ') {
            to--;
        }
        return !isJwt(authorization, from, to);
    }

    /** Compact JWS: three base64url parts, the first two not empty (opaque tokens are off). */
    public static boolean isJwt(String token) {
        return isJwt(token, 0, token.length());
    }

    /** A loop rather than a regular expression: it runs on every request over a ~1 KB token. */
    private static boolean isJwt(String token, int from, int to) {
        int dots = 0;
        int partStart = from;
        for (int i = from; i < to; i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (i == partStart || ++dots > 2) {
                    return false;
                }
                partStart = i + 1;
            } else if (c >= 128 || !BASE64URL[c]) {
                return false;
            }
        }
        return dots == 2;
    }
}
