package org.factcheck.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the engine in one JVM, each in its own class loader, run over the benchmark corpus in alternating
 * order (AB, BA, AB…) and timed by thread CPU time: on a shared, loaded machine the pairs see the same load, so their
 * ratio holds where separate runs do not. Usage: {@code InterleavedAB <module dir A> <module dir B> <rounds>
 * <classpath file>}, each module dir with {@code target/classes} and {@code target/test-classes} built; the classpath
 * file is what {@code dependency:build-classpath} wrote.
 */
public final class InterleavedAB {

    private static final int WARM_UP_PASSES = 8;

    private InterleavedAB() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        List<URL> dependencies = new ArrayList<>();
        for (String jar : Files.readString(Path.of(args[3])).trim().split(":")) {
            dependencies.add(Path.of(jar).toUri().toURL());
        }
        Object[] engines = new Object[2];
        Method[] extract = new Method[2];
        List<String> articles = null;
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>(List.of(Path.of(args[k], "target/classes").toUri().toURL(),
                    Path.of(args[k], "target/test-classes").toUri().toURL()));
            urls.addAll(dependencies);
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> engine = loader.loadClass("org.factcheck.engine.ClaimExtractor");
            engines[k] = engine.getMethod("create").invoke(null);
            extract[k] = engine.getMethod("extract", String.class);
            if (articles == null) {
                Field size = loader.loadClass("org.factcheck.engine.bench.EngineBenchmark")
                        .getDeclaredField("CORPUS_CHARS");
                size.setAccessible(true);
                articles = (List<String>) loader.loadClass("org.factcheck.engine.bench.Corpus")
                        .getMethod("articles", int.class).invoke(null, size.getInt(null));
            }
        }
        long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
        var threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (int k = 0; k < 2; k++) {
                for (String article : articles) {
                    extract[k].invoke(engines[k], article);
                }
            }
        }
        int rounds = Integer.parseInt(args[2]);
        double[][] mbs = new double[2][rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < 2; j++) {
                int k = r % 2 == 0 ? j : 1 - j;
                long cpu = threads.getCurrentThreadCpuTime();
                for (String article : articles) {
                    extract[k].invoke(engines[k], article);
                }
                mbs[k][r] = bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
            }
            ratio[r] = mbs[1][r] / mbs[0][r];
            System.out.printf(Locale.ROOT, "round %d: A %.2f MB/s, B %.2f MB/s, B/A %.3f%n", r, mbs[0][r], mbs[1][r],
                    ratio[r]);
        }
        Arrays.sort(ratio);
        Arrays.sort(mbs[0]);
        Arrays.sort(mbs[1]);
        System.out.printf(Locale.ROOT, "median A %.2f MB/s, median B %.2f MB/s, median B/A %.3f (min %.3f, max %.3f)%n",
                mbs[0][rounds / 2], mbs[1][rounds / 2], ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }
}
