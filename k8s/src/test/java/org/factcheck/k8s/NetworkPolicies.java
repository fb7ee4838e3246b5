package org.factcheck.k8s;

import java.util.List;
import java.util.Map;

/**
 * Evaluates the rendered NetworkPolicies the way the Kubernetes API defines them (additive allow lists; a pod
 * selected by no policy of a direction is open in that direction), for the selectors used in k8s/.
 */
final class NetworkPolicies {

    /** A pod: where it runs, its labels, and its named container ports. */
    record Pod(String name, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels,
            Map<String, Integer> namedPorts) {

        static Pod external(String namespace, Map<String, String> labels) {
            return new Pod(namespace + "/" + labels, namespace, Map.of("kubernetes.io/metadata.name", namespace),
                    labels, Map.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String namespace;
    private final List<Map<String, Object>> policies;

    NetworkPolicies(Rendered rendered, String namespace) {
        this.namespace = namespace;
        this.policies = rendered.ofKind("NetworkPolicy").toList();
    }

    Pod pod(Rendered.Workload workload) {
        return new Pod(workload.name, namespace, Map.of("kubernetes.io/metadata.name", namespace),
                workload.podLabels(), workload.namedPorts());
    }

    boolean allows(Pod from, Pod to, int port, String protocol) {
        return egressAllowed(from, to, port, protocol) && ingressAllowed(from, to, port, protocol);
    }

    List<Map<String, Object>> selecting(Pod pod, String direction) {
        return policies.stream()
                .filter(p -> namespace.equals(pod.namespace()))
                .filter(p -> Node.selects(Node.map(p, "spec", "podSelector"), pod.labels()))
                .filter(p -> Node.list(p, "spec", "policyTypes").contains(direction))
                .toList();
    }

    private boolean ingressAllowed(Pod from, Pod to, int port, String protocol) {
        List<Map<String, Object>> selecting = selecting(to, "Ingress");
        if (!namespace.equals(to.namespace()) || selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(p -> Node.maps(p, "spec", "ingress").stream())
                .anyMatch(rule -> peersMatch(Node.maps(rule, "from"), from)
                        && portsMatch(Node.maps(rule, "ports"), to, port, protocol));
    }

    private boolean egressAllowed(Pod from, Pod to, int port, String protocol) {
        List<Map<String, Object>> selecting = selecting(from, "Egress");
        if (!namespace.equals(from.namespace()) || selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(p -> Node.maps(p, "spec", "egress").stream())
                .anyMatch(rule -> peersMatch(Node.maps(rule, "to"), to)
                        && portsMatch(Node.maps(rule, "ports"), to, port, protocol));
    }

    private boolean peersMatch(List<Map<String, Object>> peers, Pod pod) {
        if (peers.isEmpty()) {
            return true; // no from/to: every peer
        }
        return peers.stream().anyMatch(peer -> {
            if (peer.containsKey("ipBlock")) {
                return false; // no pod traffic in this model is addressed by IP block
            }
            boolean namespaceOk = peer.containsKey("namespaceSelector")
                    ? Node.selects(Node.map(peer, "namespaceSelector"), pod.namespaceLabels())
                    : namespace.equals(pod.namespace());
            boolean podOk = !peer.containsKey("podSelector")
                    || Node.selects(Node.map(peer, "podSelector"), pod.labels());
            return namespaceOk && podOk;
        });
    }

    private static boolean portsMatch(List<Map<String, Object>> ports, Pod destination, int port, String protocol) {
        if (ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> {
            String ruleProtocol = String.valueOf(p.getOrDefault("protocol", "TCP"));
            Object rulePort = p.get("port");
            Integer number = rulePort instanceof Integer i ? i
                    : rulePort == null ? Integer.valueOf(port) : destination.namedPorts().get((String) rulePort);
            return ruleProtocol.equals(protocol) && number != null && number == port;
        });
    }
}
