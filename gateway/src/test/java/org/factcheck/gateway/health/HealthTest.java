package org.factcheck.gateway.health;

import org.factcheck.gateway.support.FakeBackends;
import org.factcheck.testing.HealthContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class HealthTest extends HealthContract {
}
