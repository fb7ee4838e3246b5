package org.factcheck.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factcheck.gateway.routing.RouteTable.Decision;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new GatewayRoute("reviews", "/api/reviews", "review", Map.of("GET", Set.of("reviewer"), "PUT", Set.of("editor"))),
            new GatewayRoute("api", "/api", "claims", Map.of("GET", Set.of("ingest"))),
            new GatewayRoute("public", "/api/fact-checks", "review", Map.of("GET", Set.of(GatewayRoute.PUBLIC)))),
            List.of("/internal"), Map.of("admin", Set.of("editor")));

    @Test
    void longestPrefixWins() {
        assertThat(table.find("/api/reviews/1")).get().extracting(GatewayRoute::name).isEqualTo("reviews");
        assertThat(table.find("/api/other")).get().extracting(GatewayRoute::name).isEqualTo("api");
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        assertThat(table.find("/api/reviewsx")).get().extracting(GatewayRoute::name).isEqualTo("api");
        assertThat(table.find("/apix")).isEmpty();
    }

    @Test
    void hiddenPrefixIsNeverRouted() {
        assertThat(table.decide("/internal/claims", "POST", Set.of("admin"))).isEqualTo(Decision.NOT_FOUND);
        assertThat(table.isHidden("/internalish")).isFalse();
    }

    @Test
    void decisions() {
        assertThat(table.decide("/api/reviews", "GET", null)).isEqualTo(Decision.UNAUTHENTICATED);
        assertThat(table.decide("/api/reviews", "GET", Set.of("auditor"))).isEqualTo(Decision.FORBIDDEN);
        assertThat(table.decide("/api/reviews", "GET", Set.of("reviewer"))).isEqualTo(Decision.ALLOWED);
        assertThat(table.decide("/api/reviews", "HEAD", Set.of("reviewer"))).isEqualTo(Decision.ALLOWED);
        assertThat(table.decide("/api/reviews", "DELETE", Set.of("reviewer"))).isEqualTo(Decision.METHOD_NOT_ALLOWED);
        assertThat(table.decide("/api/fact-checks/3", "GET", null)).isEqualTo(Decision.ALLOWED);
        assertThat(table.decide("/nowhere", "GET", null)).isEqualTo(Decision.NOT_FOUND);
    }

    @Test
    void adminCarriesEditorAccess() {
        assertThat(table.decide("/api/reviews/1", "PUT", Set.of("admin"))).isEqualTo(Decision.ALLOWED);
        assertThat(table.decide("/api/reviews/1", "GET", Set.of("admin"))).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void malformedPrefixIsRejected() {
        assertThatThrownBy(() -> new GatewayRoute("x", "api/", "s", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
