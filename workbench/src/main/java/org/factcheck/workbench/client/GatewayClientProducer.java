package org.factcheck.workbench.client;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.factcheck.workbench.config.WorkbenchConfig;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/** Builds the gateway client from the typed configuration. */
public class GatewayClientProducer {

    @Produces
    @ApplicationScoped
    GatewayApi gatewayApi(WorkbenchConfig config) {
        long timeout = config.apiTimeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(config.gatewayUrl())
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .build(GatewayApi.class);
    }
}
