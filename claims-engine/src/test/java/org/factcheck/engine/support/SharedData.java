package org.factcheck.engine.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the shared data folder beside the checkout; a user's clone has none, and tests then skip. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/<relative>} in the working directory or one of its parents, or null when there is none. */
    public static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The ClaimBuster training sentences, or null. */
    public static Path claimBuster() {
        return find("data/claimbuster/train.json");
    }
}
