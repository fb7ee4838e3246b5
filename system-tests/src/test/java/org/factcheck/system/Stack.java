package org.factcheck.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real stack under test, started and stopped through {@code ./factcheck} on its own ports and state directory,
 * so the suite also proves the script a newcomer uses.
 */
public final class Stack {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path state;
    private final int portBase;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Stack(Path root, Path state, int portBase) {
        this.root = root;
        this.state = state;
        this.portBase = portBase;
    }

    static Stack fromSystemProperties() {
        Path root = Path.of(System.getProperty("factcheck.root", "..")).toAbsolutePath().normalize();
        int base = Integer.parseInt(System.getProperty("factcheck.it.port-base", "29000"));
        return new Stack(root, root.resolve("system-tests/target/stack"), base);
    }

    public int gatewayPort() {
        return portBase + 80;
    }

    public int claimsPort() {
        return portBase + 81;
    }

    public int reviewPort() {
        return portBase + 82;
    }

    public int workbenchPort() {
        return portBase + 83;
    }

    public int keycloakPort() {
        return portBase + 180;
    }

    public int storePort() {
        return portBase + 17;
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort();
    }

    public String issuer() {
        return "http://localhost:" + keycloakPort() + "/realms/factcheck";
    }

    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("FACTCHECK_STATE", state.toString());
        env.put("FACTCHECK_GATEWAY_PORT", String.valueOf(gatewayPort()));
        env.put("FACTCHECK_CLAIMS_PORT", String.valueOf(claimsPort()));
        env.put("FACTCHECK_REVIEW_PORT", String.valueOf(reviewPort()));
        env.put("FACTCHECK_WORKBENCH_PORT", String.valueOf(workbenchPort()));
        env.put("FACTCHECK_KEYCLOAK_PORT", String.valueOf(keycloakPort()));
        env.put("FACTCHECK_KEYCLOAK_MGMT_PORT", String.valueOf(portBase + 190));
        env.put("FACTCHECK_STORE_PORT", String.valueOf(storePort()));
        // no JDK 25 ahead-of-time caches here: a JVM recording one writes it when it stops, which can take longer
        // under load than the one minute FaultsIT gives `./factcheck stop`
        env.put("FACTCHECK_AOT", "false");
        return env;
    }

    /** Runs {@code ./factcheck ARGS} against this stack and returns its exit code and output. */
    public Result factcheck(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("factcheck").toString());
        command.addAll(List.of(args));
        try {
            Files.createDirectories(state);
            Path out = Files.createTempFile(state, "factcheck-", ".out");
            ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().putAll(environment());
            Process process = pb.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("./factcheck " + String.join(" ", args) + " did not finish in " + timeout);
            }
            String output = Files.readString(out);
            Files.deleteIfExists(out);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./factcheck", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    void up() {
        deleteRecursively(state.resolve("data/store"));
        Result result = factcheck(Duration.ofMinutes(8), "up");
        if (result.exitCode() != 0) {
            throw new IllegalStateException("./factcheck up failed:\n" + result.output());
        }
    }

    void down() {
        factcheck(Duration.ofMinutes(2), "down");
    }

    /** An access token for a demo user (password = user name), fetched via localhost like every client does. */
    public String token(String user) {
        return tokenResponse(user, user).path("access_token").asText();
    }

    public JsonNode tokenResponse(String user, String password) {
        String form = "grant_type=password&client_id=factcheck-cli&username=" + enc(user) + "&password=" + enc(password);
        return postForm(issuer() + "/protocol/openid-connect/token", form);
    }

    public JsonNode clientCredentials(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
        return postForm(issuer() + "/protocol/openid-connect/token", form);
    }

    private JsonNode postForm(String url, String form) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new IllegalStateException("token request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + dir, e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Result(int exitCode, String output) {
    }
}
