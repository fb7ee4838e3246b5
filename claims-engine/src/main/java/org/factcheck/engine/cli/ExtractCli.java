package org.factcheck.engine.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.factcheck.engine.ClaimExtractor;

/**
 * {@code extract [--lines] [FILE ...]}: runs the engine on each document and prints one JSON object per document
 * (JSON Lines), in input order. No FILE or {@code -} reads standard input (UTF-8). With {@code --lines} every
 * input line is its own document. Exit code 0 on success, 2 for a missing file or a bad option.
 */
public final class ExtractCli {

    private static final String USAGE = "usage: extract [--lines] [FILE ...]";

    private final ClaimExtractor extractor;

    ExtractCli(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) {
        // OpenNLP logs through SLF4J; without a provider SLF4J warns on stderr, which must stay quiet
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        int code = run(args, System.in, System.out, System.err, null);
        System.exit(code);
    }

    /** Runs the command; {@code extractor} may be null to build the default one. Returns the exit code. */
    static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr,
            ClaimExtractor extractor) {
        boolean lines = false;
        List<String> files = new ArrayList<>();
        boolean onlyFiles = false;
        for (String arg : args) {
            if (!onlyFiles && arg.equals("--lines")) {
                lines = true;
            } else if (!onlyFiles && arg.equals("--")) {
                onlyFiles = true;
            } else if (!onlyFiles && (arg.equals("-h") || arg.equals("--help"))) {
                stdout.println(USAGE);
                return 0;
            } else if (!onlyFiles && arg.startsWith("-") && !arg.equals("-")) {
                stderr.println("extract: unknown option " + arg + " (" + USAGE + ")");
                return 2;
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            files.add("-");
        }
        for (String f : files) {
            if (!f.equals("-") && !Files.isReadable(Path.of(f))) {
                stderr.println("extract: no such file: " + f);
                return 2;
            }
        }
        ExtractCli cli = new ExtractCli(extractor != null ? extractor : ClaimExtractor.create());
        Progress progress = Progress.forStderr(stderr);
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
        cli.output = new OrderedOutput(out, Runtime.getRuntime().availableProcessors());
        try {
            for (String f : files) {
                InputStream in = f.equals("-") ? stdin : Files.newInputStream(Path.of(f));
                try {
                    if (lines) {
                        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                                1 << 16);
                        String line;
                        while ((line = reader.readLine()) != null) {
                            cli.write(line);
                            progress.step(line.length() + 1L);
                        }
                    } else {
                        String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        cli.write(document);
                        progress.step(document.length());
                    }
                } finally {
                    if (in != stdin) {
                        in.close();
                    }
                }
            }
            cli.output.finish();
            progress.done();
        } catch (IOException | UncheckedIOException e) {
            stderr.println("extract: " + e.getMessage());
            return 1;
        } finally {
            cli.output.close();
        }
        return 0;
    }

    private OrderedOutput output;

    private void write(String document) throws IOException {
        output.submit(() -> Json.toString(extractor.extract(document)));
    }

    /**
     * Runs documents on all cores and writes their lines in input order; at most a window of documents is in
     * flight, so memory stays bounded on long inputs.
     */
    static final class OrderedOutput {
        private static final int WINDOW_PER_THREAD = 64;

        private final Writer out;
        private final ExecutorService pool;
        private final Deque<Future<String>> pending = new ArrayDeque<>();
        private final int window;

        OrderedOutput(Writer out, int threads) {
            this.out = out;
            this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "extract");
                t.setDaemon(true);
                return t;
            }) : null;
            this.window = Math.max(1, threads) * WINDOW_PER_THREAD;
        }

        void submit(Callable<String> job) throws IOException {
            if (pool == null) {
                writeLine(call(job));
                return;
            }
            pending.add(pool.submit(job));
            while (pending.size() >= window || !pending.isEmpty() && pending.peek().isDone()) {
                writeLine(await(pending.poll()));
            }
        }

        void finish() throws IOException {
            while (!pending.isEmpty()) {
                writeLine(await(pending.poll()));
            }
            out.flush();
        }

        void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }

        private void writeLine(String json) throws IOException {
            out.write(json);
            out.write('\n');
        }

        private static String call(Callable<String> job) throws IOException {
            try {
                return job.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        private static String await(Future<String> future) throws IOException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(cause);
            }
        }
    }

    /** Documents and characters done, on one stderr line, only when a person is watching. */
    static final class Progress {
        private final PrintStream err;
        private long documents;
        private long chars;
        private long lastPrint;

        private Progress(PrintStream err) {
            this.err = err;
        }

        static Progress forStderr(PrintStream err) {
            return new Progress(System.console() != null ? err : null);
        }

        void step(long length) {
            documents++;
            chars += length;
            if (err == null) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastPrint > 200_000_000L) {
                lastPrint = now;
                int width = (int) (documents / 10 % 30);
                err.print("\r[" + "=".repeat(width) + ">" + " ".repeat(30 - width) + "] " + documents
                        + " documents, " + chars / 1024 + " KiB");
                err.flush();
            }
        }

        void done() {
            if (err != null && documents > 0) {
                err.println("\r" + documents + " documents, " + chars / 1024 + " KiB" + " ".repeat(40));
            }
        }
    }
}
