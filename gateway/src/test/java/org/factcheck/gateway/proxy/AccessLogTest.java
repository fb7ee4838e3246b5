package org.factcheck.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.factcheck.web.RequestIds;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    private final List<ExtLogRecord> written = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            written.add((ExtLogRecord) record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    // a category of its own: the gateway started by other tests in this JVM writes to AccessLog.CATEGORY
    private final String category = AccessLog.CATEGORY + ".test-" + UUID.randomUUID();
    private final Logger logger = Logger.getLogger(category);
    private AccessLog accessLog;

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
        logger.setUseParentHandlers(false); // not 20 000 lines on the build's console
        accessLog = new AccessLog(category, 3_600_000); // flushed by hand, except where a test starts its own
    }

    @AfterEach
    void stop() {
        accessLog.close();
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    @Test
    void aLineIsWrittenWithTheTimeThreadAndRequestIdOfItsRequest() throws Exception {
        Instant before = Instant.now();
        Thread eventLoop = new Thread(() -> accessLog.record("req-1", "GET /api/claims -> claims 200 1.2ms"),
                "vert.x-eventloop-thread-7");
        eventLoop.start();
        eventLoop.join();
        Thread.sleep(5);
        Instant queued = Instant.now();

        accessLog.flush();

        assertThat(written).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).isEqualTo("GET /api/claims -> claims 200 1.2ms");
            assertThat(record.getLoggerName()).isEqualTo(category);
            assertThat(record.getThreadName()).isEqualTo("vert.x-eventloop-thread-7");
            assertThat(record.getMdc(RequestIds.MDC_KEY)).isEqualTo("req-1");
            assertThat(record.getInstant()).isBetween(before, queued);
        });
    }

    @Test
    void linesWaitForTheFlushAndKeepTheirOrder() {
        accessLog.record("a", "first");
        accessLog.record("b", "second");
        assertThat(written).isEmpty();

        accessLog.flush();

        assertThat(written).extracting(LogRecord::getMessage).containsExactly("first", "second");
    }

    @Test
    void theWriterThreadFlushesOnItsOwn() throws Exception {
        AccessLog scheduled = new AccessLog(category, AccessLog.FLUSH_MILLIS);
        scheduled.record("c", "on schedule");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (written.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        scheduled.close();
        assertThat(written).extracting(LogRecord::getMessage).containsExactly("on schedule");
    }

    @Test
    void beyondItsCapacityLinesAreDroppedNotHeld() {
        for (int i = 0; i < AccessLog.CAPACITY + 5; i++) {
            accessLog.record("r" + i, "line " + i);
        }
        accessLog.flush();

        assertThat(written.stream().filter(r -> r.getMessage().startsWith("line "))).hasSize(AccessLog.CAPACITY);
        assertThat(written.get(0).getMessage()).isEqualTo("line 0");
    }

    @Test
    void closingWritesWhatIsStillWaiting() {
        accessLog.record("d", "last words");
        accessLog.close();
        assertThat(written).extracting(LogRecord::getMessage).contains("last words");
    }
}
