package org.factcheck.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.factcheck.engine.ClaimExtractor;

/**
 * CPU time per document when N threads extract at once (one shared engine, as in the service). Not a test; run by
 * hand, e.g. {@code java -cp … org.factcheck.engine.bench.ThreadCountCost ARTICLE 16}. Prints one line per round of
 * 2 400 extractions; the JIT needs several rounds before the figures settle.
 */
public final class ThreadCountCost {

    private ThreadCountCost() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        ClaimExtractor engine = ClaimExtractor.create();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            AtomicLong cpuNanos = new AtomicLong();
            AtomicLong documents = new AtomicLong();
            long start = System.nanoTime();
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new Thread(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    for (int i = 0; i < 2_400 / threads; i++) {
                        engine.extract(text);
                        documents.incrementAndGet();
                    }
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
                });
                workers[t].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%d threads: %.3f ms CPU per document, %.0f documents/s%n", threads,
                    cpuNanos.get() / 1e6 / documents.get(), documents.get() / seconds);
        }
    }
}
