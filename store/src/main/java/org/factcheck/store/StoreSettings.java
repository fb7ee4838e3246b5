package org.factcheck.store;

import java.util.Map;
import java.util.Properties;

/** Typed settings of the store process; a system property wins over the environment variable of the same name. */
record StoreSettings(String host, int port, String dataDir, long commitIntervalMillis, boolean inMemory) {

    static StoreSettings from(Map<String, String> env, Properties props) {
        return new StoreSettings(
                value("FACTCHECK_STORE_HOST", "127.0.0.1", env, props),
                Integer.parseInt(value("FACTCHECK_STORE_PORT", "27017", env, props)),
                value("FACTCHECK_STORE_DATA", "data/store", env, props),
                Long.parseLong(value("FACTCHECK_STORE_COMMIT_MS", "50", env, props)),
                Boolean.parseBoolean(value("FACTCHECK_STORE_MEMORY", "false", env, props)));
    }

    private static String value(String name, String fallback, Map<String, String> env, Properties props) {
        String fromProps = props.getProperty(name);
        if (fromProps != null && !fromProps.isBlank()) {
            return fromProps;
        }
        String fromEnv = env.get(name);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }
}
