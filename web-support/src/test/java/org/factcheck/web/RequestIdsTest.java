package org.factcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aWellFormedOfferedIdIsKept() {
        assertThat(RequestIds.acceptOrNew("trace-42:a.b")).isEqualTo("trace-42:a.b");
    }

    @Test
    void anIdThatCouldForgeALogLineIsReplaced() {
        String id = RequestIds.acceptOrNew("x\nINFO forged");
        assertThat(id).doesNotContain("\n").hasSize(36);
    }

    @Test
    void newIdsAreDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RequestIds.acceptOrNew(null);
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            seen.add(id);
        }
        assertThat(seen).hasSize(1000);
    }
}
