package org.imageledger.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: a fixed number of clients, each on its own thread, each sending its next request as soon as
 * the last one is answered. A warm-up runs first and is not recorded; then every request started inside the
 * measured window is recorded. The first failure stops every client and fails the load.
 */
public final class ClosedLoop {

    private final int clients;
    private final Duration warmup;
    private final Duration window;

    public ClosedLoop(int clients, Duration warmup, Duration window) {
        this.clients = clients;
        this.warmup = warmup;
        this.window = window;
    }

    public LoadResult run(ClientFactory factory) throws Exception {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] schedule = new long[2];
        List<NanosLog> logs = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            NanosLog log = new NanosLog();
            logs.add(log);
            int index = i;
            Thread thread = new Thread(
                    () -> runClient(factory, index, log, ready, go, schedule, failure), "bench-client-" + index);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long start = System.nanoTime();
        schedule[0] = start + warmup.toNanos();
        schedule[1] = schedule[0] + window.toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new LoadResult(schedule[0], window, Latencies.ofNanos(NanosLog.concat(logs)));
    }

    private static void runClient(
            ClientFactory factory,
            int index,
            NanosLog log,
            CountDownLatch ready,
            CountDownLatch go,
            long[] schedule,
            AtomicReference<Exception> failure) {
        LoadClient client;
        try {
            client = factory.create(index);
        } catch (Exception e) {
            failure.compareAndSet(null, e);
            ready.countDown();
            return;
        }
        try (client) {
            ready.countDown();
            go.await();
            // the latch publishes the schedule written before it opened
            long measureFrom = schedule[0];
            long end = schedule[1];
            while (failure.get() == null) {
                long started = System.nanoTime();
                if (started >= end) {
                    break;
                }
                client.call();
                if (started >= measureFrom) {
                    log.add(System.nanoTime() - started);
                }
            }
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
    }
}
