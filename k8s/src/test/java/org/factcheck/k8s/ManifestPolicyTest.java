package org.factcheck.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.factcheck.k8s.NetworkPolicies.Pod;
import org.factcheck.k8s.Rendered.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders k8s/overlays/dev and k8s/overlays/prod with `kubectl kustomize` and checks what an SRE checks on
 * first read. Ports, names and limits are compared with the services' application.properties, so the
 * manifests cannot drift from the code's configuration.
 */
class ManifestPolicyTest {

    private static final String NAMESPACE = "factcheck";
    private static final String MONGO_URI_ENV = "FACTCHECK_MONGO_URI";
    /** How {@link #environment} shows a value that comes from a Secret. */
    private static final String SECRET_MARK = "$(secret:";
    /** Environment variables holding another service's base URL, by the service they must point at. */
    private static final Map<String, String> URL_ENV_TO_MODULE = Map.of(
            "FACTCHECK_CLAIMS_URL", "claims-service",
            "FACTCHECK_REVIEW_URL", "review-service",
            "FACTCHECK_WORKBENCH_URL", "workbench",
            "FACTCHECK_GATEWAY_URL", "gateway");

    static Rendered rendered(String overlay) {
        return Rendered.overlay(overlay).orElseGet(() -> {
            assumeTrue(false, "kubectl not found on PATH, /usr/local/bin or /usr/bin: manifest policy checks skipped");
            return null;
        });
    }

    static QuarkusService service(String module) {
        return QuarkusService.load(module).orElseGet(() -> {
            assumeTrue(false, QuarkusService.propertiesFile(module) + " does not exist yet: check skipped");
            return null;
        });
    }

    static Stream<Arguments> overlaysAndServices() {
        return Stream.of("dev", "prod")
                .flatMap(o -> QuarkusService.MODULES.stream().map(m -> Arguments.of(o, m)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyNamespacedObjectLivesInTheFactcheckNamespace(String overlay) {
        Set<String> clusterScoped = Set.of("Namespace", "ClusterIssuer");
        for (Map<String, Object> o : rendered(overlay).objects) {
            if (!clusterScoped.contains(o.get("kind"))) {
                assertThat(Node.str(o, "metadata", "namespace")).as(overlay + " " + o.get("kind") + " " + Rendered.name(o))
                        .isEqualTo(NAMESPACE);
            }
        }
        assertThat(rendered(overlay).get("Namespace", NAMESPACE))
                .extracting(n -> Node.str(n, "metadata", "labels", "pod-security.kubernetes.io/enforce"))
                .isEqualTo("restricted");
    }

    // ---- containers ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRequestsAndLimitsCpuAndMemory(String overlay) {
        Rendered r = rendered(overlay);
        assertThat(r.workloads()).isNotEmpty();
        for (Workload w : r.workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                String where = overlay + " " + w + " container " + c.get("name");
                for (String resource : List.of("cpu", "memory")) {
                    Object request = Node.at(c, "resources", "requests", resource);
                    Object limit = Node.at(c, "resources", "limits", resource);
                    assertThat(request).as(where + " requests." + resource).isNotNull();
                    assertThat(limit).as(where + " limits." + resource).isNotNull();
                    assertThat(Node.quantity(request)).as(where + " " + resource + " request <= limit")
                            .isLessThanOrEqualTo(Node.quantity(limit));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRunsNonRootReadOnlyWithoutPrivilegesOrCapabilities(String overlay) {
        for (Workload w : rendered(overlay).workloads()) {
            Map<String, Object> pod = Node.map(w.podSpec(), "securityContext");
            assertThat(w.podSpec().get("automountServiceAccountToken")).as(w + " automountServiceAccountToken")
                    .isEqualTo(false);
            assertThat(w.podSpec().get("hostNetwork")).as(w + " hostNetwork").isNotEqualTo(true);
            String account = (String) w.podSpec().get("serviceAccountName");
            assertThat(account).as(overlay + " " + w + " runs under its own ServiceAccount").isNotBlank()
                    .isNotEqualTo("default");
            assertThat(rendered(overlay).find("ServiceAccount", account)).as(overlay + " ServiceAccount " + account)
                    .isPresent();
            for (Map<String, Object> c : w.allContainers()) {
                String where = overlay + " " + w + " container " + c.get("name");
                Map<String, Object> sc = Node.map(c, "securityContext");
                assertThat(sc.getOrDefault("runAsNonRoot", pod.get("runAsNonRoot"))).as(where + " runAsNonRoot")
                        .isEqualTo(true);
                assertThat(sc.getOrDefault("runAsUser", pod.getOrDefault("runAsUser", 1))).as(where + " runAsUser")
                        .isNotEqualTo(0);
                Object seccomp = Node.str(sc, "seccompProfile", "type") != null
                        ? Node.str(sc, "seccompProfile", "type") : Node.str(pod, "seccompProfile", "type");
                assertThat(seccomp).as(where + " seccompProfile").isEqualTo("RuntimeDefault");
                assertThat(sc.get("allowPrivilegeEscalation")).as(where + " allowPrivilegeEscalation").isEqualTo(false);
                assertThat(sc.get("readOnlyRootFilesystem")).as(where + " readOnlyRootFilesystem").isEqualTo(true);
                assertThat(sc.get("privileged")).as(where + " privileged").isNotEqualTo(true);
                assertThat(Node.list(sc, "capabilities", "drop")).as(where + " capabilities.drop").contains("ALL");
                assertThat(Node.list(sc, "capabilities", "add")).as(where + " capabilities.add").isEmpty();
                assertThat(mountedEmptyDir(w, c, "/tmp")).as(where + " has a writable emptyDir at /tmp").isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyImageIsPinnedToATagOrDigest(String overlay) {
        Pattern pinned = Pattern.compile("^[a-z0-9.\\-/:]+(@sha256:[0-9a-f]{64}|:(?!latest$)[\\w][\\w.\\-]{0,127})$");
        for (Workload w : rendered(overlay).workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                String image = (String) c.get("image");
                assertThat(image).as(overlay + " " + w + " image").matches(pinned).doesNotContain("SNAPSHOT");
                String lastSegment = image.substring(image.lastIndexOf('/') + 1);
                assertThat(lastSegment).as(overlay + " " + w + " image has a tag").containsAnyOf(":", "@");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyLongRunningContainerHasStartupReadinessAndLivenessProbes(String overlay) {
        for (Workload w : rendered(overlay).workloads()) {
            if (!w.longRunning()) {
                continue; // Jobs run to completion: probes do not apply
            }
            for (Map<String, Object> c : w.containers()) {
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    assertThat(Node.map(c, probe)).as(overlay + " " + w + " " + c.get("name") + " " + probe)
                            .isNotEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void quarkusServicesProbeTheirHealthEndpointsOnTheirHttpPort(String overlay, String module) {
        QuarkusService service = service(module);
        Map<String, Object> c = rendered(overlay).workload("Deployment", service.name()).container(service.name());
        Map<String, String> expected = Map.of(
                "startupProbe", "/q/health/started",
                "readinessProbe", "/q/health/ready",
                "livenessProbe", "/q/health/live");
        expected.forEach((probe, path) -> {
            assertThat(Node.str(c, probe, "httpGet", "path")).as(overlay + " " + module + " " + probe).isEqualTo(path);
            assertThat(Node.str(c, probe, "httpGet", "port")).as(overlay + " " + module + " " + probe + " port")
                    .isEqualTo("http");
        });
    }

    // ---- configuration agrees with application.properties ----------------------------------------------------

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void deploymentAndServiceNamesAndPortsMatchApplicationProperties(String overlay, String module) {
        QuarkusService service = service(module);
        Rendered r = rendered(overlay);
        Workload deployment = r.workload("Deployment", service.name());
        assertThat(deployment.namedPorts()).as(overlay + " " + module + " container ports")
                .containsEntry("http", service.port());
        assertThat(deployment.podAnnotations()).as(overlay + " " + module + " Prometheus scrape annotations")
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(service.port()))
                .containsEntry("prometheus.io/path", "/q/metrics");

        Map<String, Object> svc = r.get("Service", service.name());
        assertThat(Node.selectsLabels(Node.map(svc, "spec", "selector"), deployment.podLabels()))
                .as(overlay + " Service " + service.name() + " selects its pods").isTrue();
        List<Map<String, Object>> ports = Node.maps(svc, "spec", "ports");
        assertThat(ports).as(overlay + " Service " + service.name() + " ports").hasSize(1);
        assertThat(ports.get(0)).as(overlay + " Service " + service.name() + " port")
                .containsEntry("port", service.port())
                .containsEntry("targetPort", "http");

        // the port variable stays unset, so the container listens on the default the Service expects
        Map<String, String> env = environment(r, deployment.container(service.name()));
        String portVariable = service.envDefaults().entrySet().stream()
                .filter(e -> e.getValue().equals(String.valueOf(service.port())))
                .map(Map.Entry::getKey).findFirst().orElse("");
        assertThat(env).as(overlay + " " + module + " environment").doesNotContainKey(portVariable);
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void everyLocalhostDefaultIsOverriddenInTheCluster(String overlay, String module) {
        QuarkusService service = service(module);
        Rendered r = rendered(overlay);
        Map<String, String> env = environment(r, r.workload("Deployment", service.name()).container(service.name()));
        service.envDefaults().forEach((variable, defaultValue) -> {
            if (defaultValue.contains("localhost") || defaultValue.contains("127.0.0.1")) {
                assertThat(env).as(overlay + " " + module + " sets " + variable + " (default " + defaultValue + ")")
                        .containsKey(variable);
                assertThat(env.get(variable)).doesNotContain("localhost").doesNotContain("127.0.0.1");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void everyDemoOnlyDefaultIsReplacedByASecretReference(String overlay, String module) {
        QuarkusService service = service(module);
        Rendered r = rendered(overlay);
        Map<String, String> env = environment(r, r.workload("Deployment", service.name()).container(service.name()));
        service.envDefaults().forEach((variable, defaultValue) -> {
            if (defaultValue.contains("demo-only")) {
                assertThat(env.get(variable)).as(overlay + " " + module + " " + variable + " comes from a Secret")
                        .startsWith(SECRET_MARK);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void serviceUrlsPointAtTheOwningServiceAndItsPort(String overlay, String module) {
        QuarkusService caller = service(module);
        Rendered r = rendered(overlay);
        Map<String, String> env = environment(r, r.workload("Deployment", caller.name()).container(caller.name()));
        URL_ENV_TO_MODULE.forEach((variable, target) -> {
            if (env.containsKey(variable)) {
                QuarkusService callee = service(target);
                URI uri = URI.create(env.get(variable));
                assertThat(uri.getHost()).as(overlay + " " + module + " " + variable + " host").isEqualTo(callee.name());
                assertThat(uri.getPort()).as(overlay + " " + module + " " + variable + " port").isEqualTo(callee.port());
                assertThat(r.find("Service", callee.name())).as(overlay + " Service " + callee.name()).isPresent();
            }
        });
        String oidc = env.get("FACTCHECK_OIDC_URL");
        assertThat(oidc).as(overlay + " " + module + " FACTCHECK_OIDC_URL").isNotNull();
        URI issuer = URI.create(oidc);
        Map<String, Object> keycloak = r.get("Service", issuer.getHost());
        assertThat(Node.maps(keycloak, "spec", "ports")).extracting(p -> p.get("port")).contains(issuer.getPort());
        assertThat(issuer.getPath()).isEqualTo("/realms/factcheck");
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void gracePeriodCoversPreStopSleepAndQuarkusShutdownTimeout(String overlay, String module) {
        QuarkusService service = service(module);
        Rendered r = rendered(overlay);
        Workload w = r.workload("Deployment", service.name());
        Map<String, Object> c = w.container(service.name());
        String fromEnv = environment(r, c).get("QUARKUS_SHUTDOWN_TIMEOUT");
        String fromProperties = service.property("quarkus.shutdown.timeout").orElse(null);
        assertThat(fromEnv != null || fromProperties != null)
                .as(overlay + " " + module + ": quarkus.shutdown.timeout set (env or application.properties)").isTrue();
        if (fromEnv != null && fromProperties != null) {
            assertThat(seconds(fromEnv)).as(module + " shutdown timeout: env and application.properties agree")
                    .isEqualTo(seconds(fromProperties));
        }
        long shutdown = seconds(fromEnv != null ? fromEnv : fromProperties);
        List<Object> preStop = Node.list(c, "lifecycle", "preStop", "exec", "command");
        assertThat(preStop).as(overlay + " " + module + " preStop sleep").hasSize(2).first().isEqualTo("sleep");
        long sleep = Long.parseLong(String.valueOf(preStop.get(1)));
        assertThat(sleep).as("preStop sleep lets endpoints drain").isBetween(1L, 15L);
        assertThat(((Number) w.podSpec().get("terminationGracePeriodSeconds")).longValue())
                .as(overlay + " " + module + " terminationGracePeriodSeconds > preStop + shutdown timeout")
                .isGreaterThan(sleep + shutdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyIngressTerminatesTlsViaCertManagerAndRoutesToExistingServicePorts(String overlay) {
        Rendered r = rendered(overlay);
        List<Map<String, Object>> ingresses = r.ofKind("Ingress").toList();
        assertThat(ingresses).extracting(Rendered::name).contains("gateway", "keycloak");
        for (Map<String, Object> ingress : ingresses) {
            String where = overlay + " Ingress " + Rendered.name(ingress);
            Map<String, String> annotations = Node.strings(Node.map(ingress, "metadata", "annotations"));
            assertThat(annotations).as(where).containsKey("cert-manager.io/cluster-issuer");
            Set<Object> tlsHosts = new LinkedHashSet<>();
            Node.maps(ingress, "spec", "tls").forEach(t -> {
                assertThat(t.get("secretName")).as(where + " tls secretName").isNotNull();
                tlsHosts.addAll(Node.list(t, "hosts"));
            });
            for (Map<String, Object> rule : Node.maps(ingress, "spec", "rules")) {
                assertThat(tlsHosts).as(where + " TLS covers " + rule.get("host")).contains(rule.get("host"));
                for (Map<String, Object> path : Node.maps(rule, "http", "paths")) {
                    String backend = Node.str(path, "backend", "service", "name");
                    String portName = Node.str(path, "backend", "service", "port", "name");
                    assertThat(Node.maps(r.get("Service", backend), "spec", "ports"))
                            .as(where + " backend " + backend + " port " + portName)
                            .extracting(p -> p.get("name")).contains(portName);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void publicUrlsInTheConfigurationAreTheIngressHosts(String overlay) {
        Rendered r = rendered(overlay);
        Map<String, String> keycloak = environment(r, r.workload("Deployment", "keycloak").container("keycloak"));
        URI issuer = URI.create(keycloak.get("KC_HOSTNAME"));
        assertThat(issuer.getScheme()).as(overlay + " Keycloak's public URL (token issuer) is https").isEqualTo("https");
        assertThat(ingressHosts(r, "keycloak")).as(overlay + " KC_HOSTNAME is the Keycloak Ingress host")
                .containsExactly(issuer.getHost());

        Map<String, String> review = environment(r, r.workload("Deployment", "review-service").container("review-service"));
        URI publicUrl = URI.create(review.get("FACTCHECK_PUBLIC_URL"));
        assertThat(ingressHosts(r, "gateway")).as(overlay + " FACTCHECK_PUBLIC_URL is the gateway Ingress host")
                .containsExactly(publicUrl.getHost());
        assertThat(publicUrl.getScheme()).isEqualTo("https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void gatewayIngressKeepsMetricsAndInternalRoutesInsideTheCluster(String overlay) {
        Rendered r = rendered(overlay);
        assertThat(ingressPaths(r, "gateway")).as(overlay + " gateway Ingress paths").contains("/api");
        // every Ingress that reaches the gateway: "/" only as an Exact path
        List<Map<String, Object>> toGateway = r.ofKind("Ingress")
                .flatMap(i -> Node.maps(i, "spec", "rules").stream())
                .flatMap(rule -> Node.maps(rule, "http", "paths").stream())
                .filter(p -> "gateway".equals(Node.str(p, "backend", "service", "name")))
                .filter(p -> !"Exact".equals(p.get("pathType")))
                .toList();
        List<String> paths = toGateway.stream().map(p -> (String) p.get("path")).toList();
        for (String hidden : List.of("/q/metrics", "/internal/claims", "/q/dev-ui")) {
            assertThat(paths).as(overlay + " no Ingress may route " + hidden + " to the gateway")
                    .noneMatch(p -> p.equals("/") || hidden.equals(p) || hidden.startsWith(p.endsWith("/") ? p : p + "/"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void workbenchIngressRoutesExactlyThePagesTheGatewayPassesToTheWorkbench(String overlay) {
        Rendered r = rendered(overlay);
        List<String> front = List.of(service("gateway").property("factcheck.gateway.front.paths").orElseThrow()
                .split(","));
        assertThat(ingressPaths(r, "workbench")).as(overlay + " workbench Ingress paths = factcheck.gateway.front.paths")
                .containsExactlyInAnyOrderElementsOf(front);
        assertThat(ingressHosts(r, "workbench")).as(overlay + " the pages are on the API host")
                .containsExactlyElementsOf(ingressHosts(r, "gateway"));
        assertThat(Node.strings(Node.map(r.get("Ingress", "workbench"), "metadata", "annotations")))
                .as(overlay + " the live queue's event stream is not buffered")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off");
    }

    private static List<String> ingressPaths(Rendered r, String ingress) {
        return Node.maps(r.get("Ingress", ingress), "spec", "rules").stream()
                .flatMap(rule -> Node.maps(rule, "http", "paths").stream())
                .map(p -> (String) p.get("path"))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void ingressBodyLimitEqualsTheGatewayMaxBodySize(String overlay) {
        QuarkusService gateway = service("gateway");
        String bodyLimit = Node.strings(Node.map(rendered(overlay).get("Ingress", "gateway"), "metadata", "annotations"))
                .get("nginx.ingress.kubernetes.io/proxy-body-size");
        // the gateway's own limit (bytes), else its HTTP server limit, else Quarkus' default
        String gatewayLimit = gateway.property("factcheck.gateway.max-body-size")
                .or(() -> gateway.property("quarkus.http.limits.max-body-size"))
                .orElse("10240K");
        assertThat(bytes(bodyLimit)).as(overlay + " Ingress proxy-body-size equals the gateway's max-body-size")
                .isEqualTo(bytes(gatewayLimit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "claims-service", "review-service", "workbench"})
    void dockerfileExposesTheServicePortAndRunsAsThePodUser(String module) throws IOException {
        QuarkusService service = service(module);
        Path dockerfile = Rendered.repoRoot().resolve(module).resolve("src/main/docker/Dockerfile.jvm");
        assertThat(dockerfile).exists();
        List<String> lines = Files.readAllLines(dockerfile).stream().map(String::strip)
                .filter(l -> !l.startsWith("#") && !l.isEmpty()).toList();
        assertThat(lines).as(module + " Dockerfile base image pinned")
                .filteredOn(l -> l.startsWith("FROM ")).singleElement().asString()
                .matches("FROM [^:\\s]+:[\\w.\\-]+").doesNotEndWith(":latest");
        assertThat(lines).as(module + " Dockerfile EXPOSE").contains("EXPOSE " + service.port());
        assertThat(lines).as(module + " Dockerfile copies the fast-jar layout")
                .anyMatch(l -> l.contains("target/quarkus-app/lib/"))
                .anyMatch(l -> l.contains("target/quarkus-app/quarkus/"));
        Object podUser = Node.at(rendered("prod").workload("Deployment", service.name()).podSpec(),
                "securityContext", "runAsUser");
        assertThat(lines).as(module + " Dockerfile USER is the pod's numeric runAsUser").contains("USER " + podUser);
    }

    // ---- availability -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentAndStatefulSetHasAPodDisruptionBudget(String overlay) {
        Rendered r = rendered(overlay);
        List<Map<String, Object>> pdbs = r.ofKind("PodDisruptionBudget").toList();
        for (Workload w : r.workloads()) {
            if (!w.longRunning()) {
                continue;
            }
            assertThat(pdbs).as(overlay + " PDB selecting " + w)
                    .anyMatch(pdb -> Node.selects(Node.map(pdb, "spec", "selector"), w.podLabels()));
        }
        for (Map<String, Object> pdb : pdbs) {
            assertThat(r.workloads()).as(overlay + " PDB " + Rendered.name(pdb) + " selects a workload")
                    .anyMatch(w -> Node.selects(Node.map(pdb, "spec", "selector"), w.podLabels()));
        }
    }

    @Test
    void everyProdDeploymentIsAutoscaledFromAtLeastTwoReplicas() {
        String overlay = "prod";
        Rendered r = rendered(overlay);
        List<Map<String, Object>> hpas = r.ofKind("HorizontalPodAutoscaler").toList();
        for (Map<String, Object> deployment : r.ofKind("Deployment").toList()) {
            String name = Rendered.name(deployment);
            assertThat(hpas).as("prod HPA for Deployment " + name)
                    .filteredOn(h -> "Deployment".equals(Node.str(h, "spec", "scaleTargetRef", "kind"))
                            && name.equals(Node.str(h, "spec", "scaleTargetRef", "name")))
                    .singleElement()
                    .satisfies(h -> {
                        assertThat((Integer) Node.at(h, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
                        assertThat((Integer) Node.at(h, "spec", "maxReplicas"))
                                .isGreaterThan((Integer) Node.at(h, "spec", "minReplicas"));
                    });
            // a replicas field would be reset by every `kubectl apply`, fighting the HPA
            assertThat(Node.map(deployment, "spec")).as("prod Deployment " + name).doesNotContainKey("replicas");
        }
        for (Map<String, Object> hpa : hpas) {
            assertThat(r.find(Node.str(hpa, "spec", "scaleTargetRef", "kind"), Node.str(hpa, "spec", "scaleTargetRef", "name")))
                    .as("target of HPA " + Rendered.name(hpa)).isPresent();
        }
    }

    @Test
    void devRunsOneReplicaOfEverythingWithoutAutoscaling() {
        String overlay = "dev";
        Rendered r = rendered(overlay);
        for (Workload w : r.workloads()) {
            if (w.longRunning()) {
                assertThat(Node.at(w.object, "spec", "replicas")).as("dev " + w + " replicas").isEqualTo(1);
            }
        }
        assertThat(r.ofKind("HorizontalPodAutoscaler")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void deploymentsSpreadAcrossNodes(String overlay) {
        for (Map<String, Object> deployment : rendered(overlay).ofKind("Deployment").toList()) {
            Workload w = new Workload(deployment);
            assertThat(Node.maps(w.podSpec(), "topologySpreadConstraints"))
                    .as(overlay + " " + w + " spreads over kubernetes.io/hostname")
                    .anyMatch(t -> "kubernetes.io/hostname".equals(t.get("topologyKey"))
                            && Node.selects(Node.map(t, "labelSelector"), w.podLabels()));
        }
    }

    // ---- MongoDB ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesConnectToEveryReplicaSetMemberWithMajorityWritesAndRetries(String overlay) {
        Rendered r = rendered(overlay);
        Workload mongodb = r.workload("StatefulSet", "mongodb");
        int members = (Integer) Node.at(mongodb.object, "spec", "replicas");
        assertThat(members).as(overlay + " replica set members").isEqualTo("prod".equals(overlay) ? 3 : 1);
        String headless = Node.str(mongodb.object, "spec", "serviceName");
        assertThat(Node.str(r.get("Service", headless), "spec", "clusterIP")).as("headless Service").isEqualTo("None");
        List<Object> args = Node.list(mongodb.container("mongodb"), "args");
        String replicaSet = String.valueOf(args.get(args.indexOf("--replSet") + 1));
        List<String> expectedHosts = IntStream.range(0, members)
                .mapToObj(i -> "mongodb-" + i + "." + headless + ":" + mongodb.namedPorts().get("mongodb"))
                .toList();

        int clients = 0;
        for (Workload w : r.workloads()) {
            for (Map<String, Object> c : w.containers()) {
                String uri = environment(r, c).get(MONGO_URI_ENV);
                if (uri == null) {
                    continue;
                }
                clients++;
                Matcher m = Pattern.compile("^mongodb://(.*@)?([^@/?]+)/?\\?(.*)$").matcher(uri);
                assertThat(m.matches()).as(overlay + " " + w + " " + MONGO_URI_ENV + " " + uri).isTrue();
                assertThat(Arrays.asList(m.group(2).split(","))).as(overlay + " " + w + " hosts")
                        .containsExactlyElementsOf(expectedHosts);
                assertThat(Arrays.asList(m.group(3).split("&"))).as(overlay + " " + w + " options")
                        .contains("replicaSet=" + replicaSet, "w=majority", "retryWrites=true");
            }
        }
        assertThat(clients).as(overlay + " containers with " + MONGO_URI_ENV).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void mongodbMembersAuthenticateWithAKeyfileAndNeverShareANode(String overlay) {
        Rendered r = rendered(overlay);
        Workload mongodb = r.workload("StatefulSet", "mongodb");
        assertThat(Node.list(mongodb.container("mongodb"), "args")).contains("--keyFile");
        assertThat(Node.str(mongodb.volume("keyfile-secret"), "secret", "secretName")).isNotBlank();
        assertThat(Node.maps(mongodb.object, "spec", "volumeClaimTemplates")).extracting(Rendered::name)
                .containsExactly("data");
        assertThat(Node.maps(mongodb.podSpec(), "affinity", "podAntiAffinity",
                "requiredDuringSchedulingIgnoredDuringExecution"))
                .anyMatch(t -> "kubernetes.io/hostname".equals(t.get("topologyKey"))
                        && Node.selects(Node.map(t, "labelSelector"), mongodb.podLabels()));
        Workload init = r.workload("Job", "mongodb-rs-init");
        assertThat(environment(r, init.container("rs-init"))).containsKey("MONGO_HOSTS");
    }

    // ---- NetworkPolicies ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aDefaultDenyPolicySelectsEveryPodInBothDirections(String overlay) {
        assertThat(rendered(overlay).ofKind("NetworkPolicy"))
                .as(overlay + " default-deny NetworkPolicy")
                .anyMatch(p -> Node.map(p, "spec", "podSelector").isEmpty()
                        && Node.list(p, "spec", "policyTypes").containsAll(List.of("Ingress", "Egress"))
                        && Node.list(p, "spec", "ingress").isEmpty()
                        && Node.list(p, "spec", "egress").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyWorkloadHasItsOwnAllowPolicyAndEveryPolicySelectsPods(String overlay) {
        Rendered r = rendered(overlay);
        List<Map<String, Object>> specific = r.ofKind("NetworkPolicy")
                .filter(p -> !Node.map(p, "spec", "podSelector").isEmpty()).toList();
        for (Workload w : r.workloads()) {
            assertThat(specific).as(overlay + " allow policy selecting " + w)
                    .anyMatch(p -> Node.selects(Node.map(p, "spec", "podSelector"), w.podLabels()));
        }
        for (Map<String, Object> p : specific) {
            assertThat(r.workloads()).as(overlay + " NetworkPolicy " + Rendered.name(p) + " selects a workload")
                    .anyMatch(w -> Node.selects(Node.map(p, "spec", "podSelector"), w.podLabels()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesAllowExactlyTheIntendedConnections(String overlay) {
        Rendered r = rendered(overlay);
        NetworkPolicies policies = new NetworkPolicies(r, NAMESPACE);
        Map<String, Pod> pods = new LinkedHashMap<>();
        r.workloads().forEach(w -> pods.put(w.name, policies.pod(w)));
        Pod ingressController = Pod.external("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        Pod otherNamespace = Pod.external("default", Map.of("app", "curious"));
        Pod dns = Pod.external("kube-system", Map.of("k8s-app", "kube-dns"));

        int gateway = 8080, claims = 8081, review = 8082, workbench = 8083, keycloak = 8080, mongo = 27017;
        List<Object[]> expectations = new ArrayList<>(List.<Object[]>of(
                new Object[] {ingressController, pods.get("gateway"), gateway, true},
                new Object[] {ingressController, pods.get("keycloak"), keycloak, true},
                new Object[] {ingressController, pods.get("claims-service"), claims, false},
                new Object[] {ingressController, pods.get("review-service"), review, false},
                new Object[] {ingressController, pods.get("mongodb"), mongo, false},
                new Object[] {otherNamespace, pods.get("gateway"), gateway, false},
                new Object[] {otherNamespace, pods.get("mongodb"), mongo, false},
                new Object[] {pods.get("gateway"), pods.get("claims-service"), claims, true},
                new Object[] {pods.get("gateway"), pods.get("review-service"), review, true},
                new Object[] {pods.get("gateway"), pods.get("keycloak"), keycloak, true},
                new Object[] {pods.get("gateway"), pods.get("mongodb"), mongo, false},
                new Object[] {pods.get("claims-service"), pods.get("review-service"), review, true},
                new Object[] {pods.get("claims-service"), pods.get("mongodb"), mongo, true},
                new Object[] {pods.get("claims-service"), pods.get("keycloak"), keycloak, true},
                new Object[] {pods.get("claims-service"), pods.get("gateway"), gateway, false},
                new Object[] {pods.get("review-service"), pods.get("claims-service"), claims, false},
                new Object[] {pods.get("review-service"), pods.get("mongodb"), mongo, true},
                new Object[] {pods.get("review-service"), pods.get("keycloak"), keycloak, true},
                new Object[] {pods.get("keycloak"), pods.get("mongodb"), mongo, false},
                new Object[] {pods.get("keycloak"), pods.get("keycloak"), 7800, true},
                new Object[] {pods.get("mongodb"), pods.get("mongodb"), mongo, true},
                new Object[] {pods.get("mongodb"), pods.get("gateway"), gateway, false},
                new Object[] {pods.get("mongodb-rs-init"), pods.get("mongodb"), mongo, true},
                new Object[] {pods.get("mongodb-rs-init"), pods.get("keycloak"), keycloak, false},
                new Object[] {ingressController, pods.get("workbench"), workbench, false},
                new Object[] {pods.get("gateway"), pods.get("workbench"), workbench, true},
                new Object[] {pods.get("workbench"), pods.get("gateway"), gateway, true},
                new Object[] {pods.get("workbench"), pods.get("keycloak"), keycloak, true},
                new Object[] {pods.get("workbench"), pods.get("review-service"), review, false},
                new Object[] {pods.get("workbench"), pods.get("mongodb"), mongo, false},
                new Object[] {pods.get("claims-service"), pods.get("workbench"), workbench, false}));
        if ("prod".equals(overlay)) {
            expectations.add(new Object[] {pods.get("keycloak"), pods.get("keycloak-postgres"), 5432, true});
            expectations.add(new Object[] {pods.get("gateway"), pods.get("keycloak-postgres"), 5432, false});
            expectations.add(new Object[] {pods.get("claims-service"), pods.get("keycloak-postgres"), 5432, false});
        }
        for (Object[] e : expectations) {
            Pod from = (Pod) e[0], to = (Pod) e[1];
            assertThat(from).as("workload rendered").isNotNull();
            assertThat(to).as("workload rendered").isNotNull();
            assertThat(policies.allows(from, to, (Integer) e[2], "TCP"))
                    .as(overlay + ": " + from + " -> " + to + ":" + e[2]).isEqualTo(e[3]);
        }
        for (Pod pod : pods.values()) {
            assertThat(policies.allows(pod, dns, 53, "UDP")).as(overlay + ": " + pod + " -> DNS").isTrue();
        }
    }

    // ---- secrets and Keycloak -----------------------------------------------------------------------------

    @Test
    void prodRendersNoSecretValues() {
        String overlay = "prod";
        for (Map<String, Object> secret : rendered(overlay).ofKind("Secret").toList()) {
            assertThat(Node.map(secret, "data")).as("prod Secret " + Rendered.name(secret) + " data").isEmpty();
            assertThat(Node.map(secret, "stringData")).as("prod Secret " + Rendered.name(secret) + " stringData")
                    .isEmpty();
        }
        for (Map<String, Object> configMap : rendered(overlay).ofKind("ConfigMap").toList()) {
            assertThat(Node.strings(Node.map(configMap, "data")).keySet())
                    .as("prod ConfigMap " + Rendered.name(configMap) + " holds no password")
                    .noneMatch(k -> k.toLowerCase().contains("password") || k.toLowerCase().contains("secret"));
        }
    }

    @Test
    void everySecretProdReferencesIsCreatedInTheDeployGuide() throws IOException {
        String overlay = "prod";
        Path guide = Rendered.repoRoot().resolve("docs/deploy.md");
        assertThat(guide).exists();
        Map<String, Set<String>> documented = documentedSecrets(Files.readString(guide));
        Map<String, Set<String>> referenced = referencedSecrets(rendered(overlay));
        assertThat(referenced).isNotEmpty();
        referenced.forEach((name, keys) -> {
            assertThat(documented).as("docs/deploy.md creates Secret " + name).containsKey(name);
            assertThat(documented.get(name)).as("docs/deploy.md Secret " + name + " keys").containsAll(keys);
        });
    }

    @Test
    void devSecretsAndConfigMapsExistForEveryReference() {
        String overlay = "dev";
        Rendered r = rendered(overlay);
        referencedSecrets(r).forEach((name, keys) -> {
            Map<String, Object> secret = r.get("Secret", name);
            assertThat(Node.map(secret, "data").keySet()).as("dev Secret " + name).containsAll(keys);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyConfigMapReferenceResolves(String overlay) {
        Rendered r = rendered(overlay);
        for (Workload w : r.workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                environment(r, c); // throws on a missing ConfigMap or key
            }
            for (Map<String, Object> v : Node.maps(w.podSpec(), "volumes")) {
                String cm = Node.str(v, "configMap", "name");
                if (cm != null) {
                    assertThat(r.find("ConfigMap", cm)).as(overlay + " " + w + " volume ConfigMap " + cm).isPresent();
                }
            }
        }
    }

    @Test
    void devImportsTheRepositoryRealmByteForByte() throws IOException {
        String overlay = "dev";
        Path realm = Rendered.repoRoot().resolve("keycloak/realm-factcheck.json");
        assumeTrue(Files.isRegularFile(realm), realm + " does not exist yet: check skipped");
        Path copy = Rendered.repoRoot().resolve("k8s/overlays/dev/realm/realm-factcheck.json");
        assertThat(Files.mismatch(realm, copy))
                .as("k8s/overlays/dev/realm/realm-factcheck.json differs from keycloak/realm-factcheck.json: "
                        + "cp keycloak/realm-factcheck.json k8s/overlays/dev/realm/")
                .isEqualTo(-1L);

        Rendered r = rendered(overlay);
        Workload keycloak = r.workload("Deployment", "keycloak");
        assertThat(Node.list(keycloak.container("keycloak"), "args")).contains("start-dev", "--import-realm");
        String configMap = Node.str(keycloak.volume("realm"), "configMap", "name");
        assertThat(r.configMapData(configMap)).containsEntry("realm-factcheck.json", Files.readString(realm));
    }

    @Test
    void prodKeycloakRunsInProductionModeOnPostgresWithoutDemoUsers() {
        String overlay = "prod";
        Rendered r = rendered(overlay);
        Workload keycloak = r.workload("Deployment", "keycloak");
        Map<String, Object> c = keycloak.container("keycloak");
        assertThat(Node.list(c, "args")).containsExactly("start");
        Map<String, String> env = environment(r, c);
        assertThat(env).containsEntry("KC_DB", "postgres").containsEntry("KC_CACHE_STACK", "kubernetes");
        assertThat(env.get("KC_DB_URL")).startsWith("jdbc:postgresql://keycloak-postgres:");
        assertThat(env.get("JAVA_OPTS_APPEND")).contains("-Djgroups.dns.query=keycloak-discovery.");
        assertThat(Node.str(r.get("Service", "keycloak-discovery"), "spec", "clusterIP")).isEqualTo("None");
        assertThat(r.find("StatefulSet", "keycloak-postgres")).isPresent();
        for (Map<String, Object> configMap : r.ofKind("ConfigMap").toList()) {
            assertThat(Node.strings(Node.map(configMap, "data")).values())
                    .as("prod ConfigMap " + Rendered.name(configMap) + " imports no realm with demo users")
                    .noneMatch(v -> v.contains("\"username\"") || v.contains("demo-only"));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** A container's environment as the kubelet builds it: envFrom first, then env with $(VAR) expansion. */
    static Map<String, String> environment(Rendered r, Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> from : Node.maps(container, "envFrom")) {
            String cm = Node.str(from, "configMapRef", "name");
            if (cm != null) {
                env.putAll(r.configMapData(cm));
            }
        }
        for (Map<String, Object> e : Node.maps(container, "env")) {
            String name = (String) e.get("name");
            if (e.containsKey("value")) {
                env.put(name, expand(String.valueOf(e.get("value")), env));
            } else if (Node.at(e, "valueFrom", "configMapKeyRef") != null) {
                String cm = Node.str(e, "valueFrom", "configMapKeyRef", "name");
                String key = Node.str(e, "valueFrom", "configMapKeyRef", "key");
                String value = r.configMapData(cm).get(key);
                if (value == null) {
                    fail(r.overlay + ": ConfigMap " + cm + " has no key " + key);
                }
                env.put(name, value);
            } else if (Node.at(e, "valueFrom", "secretKeyRef") != null) {
                env.put(name, SECRET_MARK + Node.str(e, "valueFrom", "secretKeyRef", "name") + "/"
                        + Node.str(e, "valueFrom", "secretKeyRef", "key") + ")");
            }
        }
        return env;
    }

    private static String expand(String value, Map<String, String> env) {
        return Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)").matcher(value)
                .replaceAll(m -> Matcher.quoteReplacement(env.getOrDefault(m.group(1), m.group())));
    }

    /** Secret name → keys, from secretKeyRef, envFrom secretRef and secret volumes of every container. */
    static Map<String, Set<String>> referencedSecrets(Rendered r) {
        Map<String, Set<String>> refs = new LinkedHashMap<>();
        for (Workload w : r.workloads()) {
            for (Map<String, Object> c : w.allContainers()) {
                for (Map<String, Object> e : Node.maps(c, "env")) {
                    String name = Node.str(e, "valueFrom", "secretKeyRef", "name");
                    if (name != null) {
                        refs.computeIfAbsent(name, k -> new LinkedHashSet<>())
                                .add(Node.str(e, "valueFrom", "secretKeyRef", "key"));
                    }
                }
                for (Map<String, Object> from : Node.maps(c, "envFrom")) {
                    String name = Node.str(from, "secretRef", "name");
                    if (name != null) {
                        refs.computeIfAbsent(name, k -> new LinkedHashSet<>());
                    }
                }
            }
            for (Map<String, Object> v : Node.maps(w.podSpec(), "volumes")) {
                String name = Node.str(v, "secret", "secretName");
                if (name != null) {
                    refs.computeIfAbsent(name, k -> new LinkedHashSet<>());
                }
            }
        }
        return refs;
    }

    /** `kubectl ... create secret generic NAME --from-literal=KEY=... --from-file=KEY=...`, lines joined at `\`. */
    static Map<String, Set<String>> documentedSecrets(String markdown) {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        Pattern create = Pattern.compile("create secret generic ([a-z0-9-]+)");
        Pattern key = Pattern.compile("--from-(?:literal|file)=([A-Za-z0-9._-]+)=");
        for (String command : markdown.replace("\\\n", " ").split("\n")) {
            Matcher m = create.matcher(command);
            if (m.find()) {
                Set<String> keys = secrets.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>());
                Matcher k = key.matcher(command);
                while (k.find()) {
                    keys.add(k.group(1));
                }
            }
        }
        return secrets;
    }

    private static List<String> ingressHosts(Rendered r, String ingress) {
        return Node.maps(r.get("Ingress", ingress), "spec", "rules").stream().map(rule -> (String) rule.get("host"))
                .toList();
    }

    private static boolean mountedEmptyDir(Workload w, Map<String, Object> container, String path) {
        return Node.maps(container, "volumeMounts").stream()
                .filter(m -> path.equals(m.get("mountPath")))
                .anyMatch(m -> w.volume((String) m.get("name")).containsKey("emptyDir"));
    }

    private static long seconds(String duration) {
        String d = duration.trim().toUpperCase();
        return Duration.parse(d.startsWith("P") ? d : "PT" + d).toSeconds();
    }

    /** Quarkus MemorySize ("1M", "10240K") and nginx sizes ("1m", "512k"): both binary units. */
    private static BigDecimal bytes(String size) {
        String s = size.trim().toUpperCase();
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        String number = unit == 1 ? s : s.substring(0, s.length() - 1);
        return new BigDecimal(number).multiply(BigDecimal.valueOf(unit));
    }
}
