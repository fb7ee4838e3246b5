package org.factcheck.engine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A news-like corpus of at least the requested size, built from this project's own sample articles
 * (src/test/resources/gold): their paragraphs are shuffled into new "articles" with a seeded random, and numbers
 * are varied so that the text does not repeat verbatim.
 */
public final class Corpus {

    private static final String[] ARTICLES = {"city-budget.txt", "energy.txt", "crime-sport.txt", "economy.txt",
        "heldout-transport.txt", "heldout-health.txt"};

    private Corpus() {
    }

    /** Articles (each a few KB, paragraphs separated by blank lines) totalling at least {@code minChars}. */
    public static List<String> articles(int minChars) {
        List<String> paragraphs = new ArrayList<>();
        for (String name : ARTICLES) {
            try (InputStream in = Corpus.class.getResourceAsStream("/gold/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String p : text.split("\n\\s*\n")) {
                    if (!p.isBlank()) {
                        paragraphs.add(p.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Random random = new Random(42);
        List<String> articles = new ArrayList<>();
        int total = 0;
        while (total < minChars) {
            StringBuilder article = new StringBuilder(4096);
            int n = 8 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                article.append(vary(paragraphs.get(random.nextInt(paragraphs.size())), random)).append("\n\n");
            }
            articles.add(article.toString());
            total += article.length();
        }
        return articles;
    }

    /** Replaces each digit with a random one (keeping the first digit non-zero) so figures differ. */
    private static String vary(String paragraph, Random random) {
        char[] chars = paragraph.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isDigit(chars[i]) && (i == 0 || !Character.isDigit(chars[i - 1]))) {
                int len = 1;
                while (i + len < chars.length && Character.isDigit(chars[i + len])) {
                    len++;
                }
                if (len != 4 && random.nextInt(3) == 0) {
                    chars[i] = (char) ('1' + random.nextInt(9));
                }
            }
        }
        return new String(chars);
    }

    public static long chars(List<String> articles) {
        return articles.stream().mapToLong(String::length).sum();
    }

    public static long bytes(List<String> articles) {
        return articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
