package org.factcheck.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.restassured.RestAssured;

/**
 * Starts the stack once per test run (the first class that needs it) and stops it when the run ends, also when
 * tests fail; a shutdown hook covers a JVM that is torn down abruptly.
 */
public final class StackExtension implements BeforeAllCallback, ParameterResolver {

    private static final String KEY = "factcheck-stack";

    @Override
    public void beforeAll(ExtensionContext context) {
        Running running = stack(context);
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = running.stack.gatewayPort();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context).stack;
    }

    private static Running stack(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> Running.start(Stack.fromSystemProperties()), Running.class);
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test of the run. */
    static final class Running implements ExtensionContext.Store.CloseableResource {
        final Stack stack;
        private final Thread hook;

        private Running(Stack stack) {
            this.stack = stack;
            this.hook = new Thread(stack::down, "factcheck-down");
        }

        static Running start(Stack stack) {
            Running running = new Running(stack);
            Runtime.getRuntime().addShutdownHook(running.hook);
            try {
                stack.up();
            } catch (RuntimeException e) {
                stack.down();
                throw e;
            }
            return running;
        }

        @Override
        public void close() {
            stack.down();
            Runtime.getRuntime().removeShutdownHook(hook);
            Stack.Result status = stack.factcheck(java.time.Duration.ofSeconds(30), "status");
            if (status.exitCode() == 0 || status.output().contains(" up ")) {
                throw new IllegalStateException("./factcheck down left components running:\n" + status.output());
            }
        }
    }
}
