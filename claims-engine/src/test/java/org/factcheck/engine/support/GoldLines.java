package org.factcheck.engine.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The lines of a gold file on the test class path, without blank lines and {@code #} comments. */
public final class GoldLines {

    private GoldLines() {
    }

    public static List<String> read(String resource) throws IOException {
        var in = Objects.requireNonNull(GoldLines.class.getResourceAsStream(resource), resource);
        List<String> lines = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
