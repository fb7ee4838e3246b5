package org.factcheck.engine.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The folder of public data an opt-in evaluation reads, named by a system property or by its environment variable
 * ({@code measeval.dir} or {@code MEASEVAL_DIR}). Without it, or when it is no folder, the test is skipped with a
 * message that says what to set, so CI and a user's clone skip these evaluations.
 */
public final class OptInData {

    private OptInData() {
    }

    /** The folder, or the test is skipped; {@code what} says what it should hold. */
    public static Path dir(String property, String what) {
        String env = property.replace('.', '_').toUpperCase(Locale.ROOT);
        String value = System.getProperty(property, System.getenv(env));
        assumeTrue(value != null && !value.isBlank() && Files.isDirectory(Path.of(value)),
                "set -D" + property + " (or " + env + ") to " + what + " to run this evaluation");
        return Path.of(value);
    }

    /**
     * The parts of a corpus to read, by name: the comma-separated list a property gives (else {@code defaults}),
     * each a folder under {@code root} or its {@code data/} holding {@code inner}; the test is skipped when one is
     * missing.
     */
    public static Map<String, Path> splits(Path root, String property, String defaults, String inner) {
        Path data = Files.isDirectory(root.resolve("data")) ? root.resolve("data") : root;
        Map<String, Path> splits = new LinkedHashMap<>();
        for (String split : System.getProperty(property, defaults).split(",")) {
            Path dir = data.resolve(split.trim());
            assumeTrue(Files.isDirectory(dir.resolve(inner)), "no " + dir.resolve(inner));
            splits.put(split.trim(), dir);
        }
        return splits;
    }

    /** A writer for the report file a property names (it quotes the corpus: keep it outside the repository), else null. */
    public static PrintWriter report(String property) throws IOException {
        String name = System.getProperty(property);
        return name == null || name.isBlank() ? null
                : new PrintWriter(Files.newBufferedWriter(Path.of(name), StandardCharsets.UTF_8));
    }
}
