package org.factcheck.web;

/**
 * The bearer-token shape pre-check: values that cannot be a JWT are refused with 401 before the OIDC code sees
 * them (some malformed values, e.g. {@code ..}, make it throw instead of refusing).
 */
public final class BearerShape {

    private BearerShape() {
    }

    /** {@code true} if the header is a bearer credential that is not a compact JWS. */
    public static boolean refuses(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !isJwt(authorization.substring(7).trim());
    }

    /**
     * Compact JWS: three base64url parts, the first two not empty (opaque tokens are off). A loop rather than a
     * regular expression: it runs on every request over a ~1 KB token.
     */
    public static boolean isJwt(String token) {
        int dots = 0;
        int partLength = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (partLength == 0 || ++dots > 2) {
                    return false;
                }
                partLength = 0;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                partLength++;
            } else {
                return false;
            }
        }
        return dots == 2;
    }
}
