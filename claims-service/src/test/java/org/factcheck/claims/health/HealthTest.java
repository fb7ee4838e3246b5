package org.factcheck.claims.health;

import org.factcheck.testing.HealthContract;
import org.factcheck.testing.InMemoryMongoResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Up, and ready only with its database reached. */
@QuarkusTest
@QuarkusTestResource(InMemoryMongoResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class HealthTest extends HealthContract {
}
