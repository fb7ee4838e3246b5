package org.factcheck.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's src/main/resources/application.properties says about how it runs: the single source
 * of truth the manifests are checked against.
 */
record QuarkusService(String module, String name, int port, Map<String, String> envDefaults, Properties properties) {

    static final List<String> MODULES = List.of("gateway", "claims-service", "review-service", "workbench");

    private static final Pattern ENV_WITH_DEFAULT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");

    static Path propertiesFile(String module) {
        return Rendered.repoRoot().resolve(module).resolve("src/main/resources/application.properties");
    }

    /** Empty while a module's application.properties does not exist yet. */
    static Optional<QuarkusService> load(String module) {
        Path file = propertiesFile(module);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> envDefaults = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue; // profile-specific (%dev, %test): not what runs in a container
            }
            Matcher m = ENV_WITH_DEFAULT.matcher(properties.getProperty(key));
            while (m.find()) {
                envDefaults.put(m.group(1), m.group(2));
            }
        }
        String name = properties.getProperty("quarkus.application.name", module);
        int port = Integer.parseInt(resolve(properties.getProperty("quarkus.http.port", "8080")));
        return Optional.of(new QuarkusService(module, name, port, envDefaults, properties));
    }

    Optional<String> property(String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(QuarkusService::resolve);
    }

    /** The value a property takes when no environment variable overrides it: `${ENV:default}` → default. */
    static String resolve(String value) {
        return ENV_WITH_DEFAULT.matcher(value).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }
}
