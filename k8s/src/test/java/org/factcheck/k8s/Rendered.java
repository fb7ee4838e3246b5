package org.factcheck.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The objects `kubectl kustomize` renders for one overlay, with the few queries the policy test needs. */
final class Rendered {

    static final List<String> WORKLOAD_KINDS = List.of("Deployment", "StatefulSet", "Job");

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final List<Map<String, Object>> objects;

    private Rendered(String overlay, List<Map<String, Object>> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    /** Renders k8s/overlays/{overlay} once per JVM; empty when kubectl is not installed. */
    static Optional<Rendered> overlay(String overlay) {
        Optional<Path> kubectl = kubectl();
        if (kubectl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(overlay, o -> render(kubectl.get(), o)));
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().getParent();
    }

    static Optional<Path> kubectl() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"));
        return Stream.concat(onPath, Stream.of(Path.of("/usr/local/bin/kubectl"), Path.of("/usr/bin/kubectl")))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static Rendered render(Path kubectl, String overlay) {
        Path dir = repoRoot().resolve("k8s/overlays").resolve(overlay);
        try {
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectError(err.toFile())
                    .start();
            String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + Files.readString(err));
            }
            Files.deleteIfExists(err);
            List<Map<String, Object>> objects = new ArrayList<>();
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
                if (doc != null) {
                    objects.add(Node.map(doc));
                }
            }
            return new Rendered(overlay, List.copyOf(objects));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Stream<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")));
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).filter(o -> name.equals(name(o))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    static String name(Map<String, Object> object) {
        return Node.str(object, "metadata", "name");
    }

    List<Workload> workloads() {
        return objects.stream()
                .filter(o -> WORKLOAD_KINDS.contains(o.get("kind")))
                .map(Workload::new)
                .toList();
    }

    Workload workload(String kind, String name) {
        return new Workload(get(kind, name));
    }

    /** Data of a rendered ConfigMap; generated names carry a hash suffix, references are rewritten to match. */
    Map<String, String> configMapData(String name) {
        Map<String, String> data = new LinkedHashMap<>();
        Node.map(get("ConfigMap", name), "data").forEach((k, v) -> data.put(k, String.valueOf(v)));
        return data;
    }

    /** A Deployment, StatefulSet or Job, seen through its pod template. */
    static final class Workload {
        final Map<String, Object> object;
        final String kind;
        final String name;

        Workload(Map<String, Object> object) {
            this.object = object;
            this.kind = (String) object.get("kind");
            this.name = Rendered.name(object);
        }

        Map<String, Object> podSpec() {
            return Node.map(object, "spec", "template", "spec");
        }

        Map<String, String> podLabels() {
            return Node.strings(Node.map(object, "spec", "template", "metadata", "labels"));
        }

        Map<String, String> podAnnotations() {
            return Node.strings(Node.map(object, "spec", "template", "metadata", "annotations"));
        }

        List<Map<String, Object>> containers() {
            return Node.maps(podSpec(), "containers");
        }

        List<Map<String, Object>> initContainers() {
            return Node.maps(podSpec(), "initContainers");
        }

        List<Map<String, Object>> allContainers() {
            List<Map<String, Object>> all = new ArrayList<>(initContainers());
            all.addAll(containers());
            return all;
        }

        Map<String, Object> container(String containerName) {
            return containers().stream()
                    .filter(c -> containerName.equals(c.get("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(this + " has no container " + containerName));
        }

        boolean longRunning() {
            return !"Job".equals(kind);
        }

        /** Named container ports of the pod, as a NetworkPolicy or a Service resolves them. */
        Map<String, Integer> namedPorts() {
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (Map<String, Object> c : containers()) {
                for (Map<String, Object> p : Node.maps(c, "ports")) {
                    if (p.get("name") != null) {
                        ports.put((String) p.get("name"), (Integer) p.get("containerPort"));
                    }
                }
            }
            return ports;
        }

        Map<String, Object> volume(String volumeName) {
            return Node.maps(podSpec(), "volumes").stream()
                    .filter(v -> volumeName.equals(v.get("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(this + " has no volume " + volumeName));
        }

        @Override
        public String toString() {
            return kind + " " + name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Workload w && w.kind.equals(kind) && w.name.equals(name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, name);
        }
    }
}
