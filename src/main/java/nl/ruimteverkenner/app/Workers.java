package nl.ruimteverkenner.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's worker threads (file reading and writing, analysis, reports): a small fixed pool of
 * daemon threads of its own, so background work never queues behind other users of the JVM's common pool
 * (whose parallelism is one on a two-core laptop) and never keeps the JVM alive. One pool per JVM.
 */
final class Workers {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(3, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "rv-worker-" + COUNT.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private Workers() {
    }

    static ExecutorService pool() {
        return POOL;
    }
}
