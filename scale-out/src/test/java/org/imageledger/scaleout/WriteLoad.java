package org.imageledger.scaleout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;

/**
 * Clients writing at the same time through every command node. Blind writers, spread over the nodes, patch one
 * property of a shared image and one of an image of their own in turn, each time with a value used nowhere else;
 * counting writers, two per node, increment a shared counter by read, modify and write under {@code If-Match}.
 * Every write a node acknowledges is recorded with the version and position it answered.
 */
final class WriteLoad {

    private static final int BLIND_WRITERS_PER_NODE = 3;
    private static final int COUNTING_WRITERS_PER_NODE = 2;
    private static final int INCREMENTS_PER_WRITER = 5;

    /** A write a node answered with 200: what it set, and the version and global position it reported. */
    record Acknowledged(String imageId, String key, String value, long version, long position) {}

    private final String label;
    private final String sharedImage;
    private final String counterImage;
    private final List<String> ownImages = new ArrayList<>();
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger staleReads = new AtomicInteger();
    private final long startedNanos = System.nanoTime();
    private final ExecutorService writers = Executors.newCachedThreadPool();
    private final List<Future<?>> running = new ArrayList<>();

    private WriteLoad(String label, String sharedImage, String counterImage) {
        this.label = label;
        this.sharedImage = sharedImage;
        this.counterImage = counterImage;
    }

    /** Creates the images, then starts the writers; each blind writer makes {@code rounds} writes to each image. */
    static WriteLoad start(List<LedgerClient> nodes, String label, int rounds) {
        WriteLoad load = new WriteLoad(
                label, nodes.get(0).createImage(label + "-shared"), nodes.get(1).createImage(label + "-counter"));
        int writer = 0;
        for (LedgerClient node : nodes) {
            for (int i = 0; i < BLIND_WRITERS_PER_NODE; i++, writer++) {
                String own = node.createImage(label + "-own-" + writer);
                load.ownImages.add(own);
                String key = "writer_" + writer;
                String valuePrefix = label + "-" + writer + "-";
                load.running.add(load.writers.submit(() -> load.writeBlindly(node, own, key, valuePrefix, rounds)));
            }
            for (int i = 0; i < COUNTING_WRITERS_PER_NODE; i++) {
                load.running.add(load.writers.submit(() -> load.increment(node)));
            }
        }
        return load;
    }

    List<String> imageIds() {
        List<String> ids = new ArrayList<>(List.of(sharedImage, counterImage));
        ids.addAll(ownImages);
        return ids;
    }

    String counterImage() {
        return counterImage;
    }

    int acknowledgedSoFar() {
        return acknowledged.size();
    }

    /** Waits for every writer; the writes acknowledged. Fails if a node refused a write it should have taken. */
    List<Acknowledged> finish(Duration timeout) throws Exception {
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Future<?> writer : running) {
                writer.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        System.out.printf(
                "%s: %d writes acknowledged in %d ms, %d increments retried after 412%n",
                label, acknowledged.size(), (System.nanoTime() - startedNanos) / 1_000_000, staleReads.get());
        if (!refusals.isEmpty()) {
            throw new AssertionError(label + ": writes refused: " + refusals);
        }
        return List.copyOf(acknowledged);
    }

    /** For each image and key, the value of its acknowledged write with the highest version. */
    static Map<String, Map<String, String>> lastValues(List<Acknowledged> writes) {
        BinaryOperator<Acknowledged> later = (a, b) -> a.version() > b.version() ? a : b;
        return writes.stream()
                .collect(Collectors.groupingBy(
                        Acknowledged::imageId,
                        Collectors.collectingAndThen(
                                Collectors.toMap(Acknowledged::key, a -> a, later),
                                byKey -> byKey.values().stream()
                                        .collect(Collectors.toMap(Acknowledged::key, Acknowledged::value)))));
    }

    /** The write with the highest position. */
    static Acknowledged last(List<Acknowledged> writes) {
        return writes.stream()
                .max(Comparator.comparingLong(Acknowledged::position))
                .orElseThrow();
    }

    private void writeBlindly(LedgerClient node, String own, String key, String valuePrefix, int rounds) {
        for (int round = 0; round < rounds; round++) {
            String image = round % 2 == 0 ? sharedImage : own;
            String value = valuePrefix + round;
            record(node, image, key, value, node.patch(image, add(key, value)));
        }
    }

    private void increment(LedgerClient node) {
        int done = 0;
        while (done < INCREMENTS_PER_WRITER) {
            Reply current = node.patch(counterImage, "[]");
            long next = current.json().path("counter").asLong(0) + 1;
            Reply reply = node.patch(
                    counterImage,
                    add("counter", Long.toString(next)),
                    Map.of("If-Match", "\"" + current.version() + "\""));
            if (reply.status() == 412) {
                staleReads.incrementAndGet();
            } else {
                record(node, counterImage, "counter", Long.toString(next), reply);
                done++;
            }
        }
    }

    private void record(LedgerClient node, String image, String key, String value, Reply reply) {
        if (reply.status() == 200) {
            acknowledged.add(new Acknowledged(image, key, value, reply.version(), reply.position()));
        } else {
            refusals.add(
                    node.name() + " answered " + reply.status() + " to " + key + "=" + value + ": " + reply.body());
        }
    }

    private static String add(String key, String value) {
        return "[{\"op\": \"add\", \"path\": \"/" + key + "\", \"value\": \"" + value + "\"}]";
    }
}
