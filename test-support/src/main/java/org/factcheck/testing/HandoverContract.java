package org.factcheck.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The claims → review hand-over contract: its JSON schema and the fixtures both sides are tested with. The
 * review-service (consumer) must accept every valid fixture and refuse every invalid one with 400; what the
 * claims-service (provider) sends must validate against the schema.
 */
public final class HandoverContract {

    public static final String SCHEMA = "contract/claim-handover.schema.json";
    private static final String FIXTURES = "contract/claim-handover/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema COMPILED = compile();

    /** One fixture: its file name and body. */
    public record Fixture(String name, JsonNode body) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HandoverContract() {
    }

    /** The schema's complaints about a body; empty when it fits the contract. */
    public static List<String> violations(JsonNode body) {
        return COMPILED.validate(body).stream().map(Error::toString).toList();
    }

    public static List<String> violations(String body) {
        try {
            return violations(JSON.readTree(body));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    public static List<Fixture> valid() {
        return fixtures("valid");
    }

    public static List<Fixture> invalid() {
        return fixtures("invalid");
    }

    private static Schema compile() {
        try (InputStream in = resource(SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Fixture> fixtures(String kind) {
        try {
            URI uri = HandoverContract.class.getClassLoader().getResource(FIXTURES + kind).toURI();
            Path dir = "jar".equals(uri.getScheme()) ? jar(uri).getPath(FIXTURES + kind) : Path.of(uri);
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                        .map(f -> new Fixture(f.getFileName().toString(), read(f))).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.nio.file.FileSystem jar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = HandoverContract.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path");
        }
        return in;
    }
}
