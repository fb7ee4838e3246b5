package org.factcheck.claims.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** What makes two submissions "the same article": the same normalised text, or the same normalised URL. */
public final class ArticleKeys {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ArticleKeys() {
    }

    /** Unicode NFKC, markup removed (for HTML), runs of white space collapsed, trimmed. */
    public static String normaliseText(String body, boolean html) {
        String text = html ? TAG.matcher(body).replaceAll(" ") : body;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACE.matcher(text).replaceAll(" ").trim();
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /**
     * Scheme and host lower-cased, default port, fragment and a trailing slash dropped; the query is kept (it often
     * names the article). Not a URL (already rejected by validation) → the trimmed input.
     */
    public static String normaliseUrl(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    /** The unique URL key: the normalised URL, or the text hash when the article has no URL. */
    public static String urlKey(String url, String textSha256) {
        return url == null || url.isBlank() ? "sha256:" + textSha256 : normaliseUrl(url);
    }
}
