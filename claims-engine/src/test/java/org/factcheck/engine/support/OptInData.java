package org.factcheck.engine.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
}
