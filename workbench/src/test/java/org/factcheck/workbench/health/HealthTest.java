package org.factcheck.workbench.health;

import org.factcheck.testing.HealthContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest extends HealthContract {
}
