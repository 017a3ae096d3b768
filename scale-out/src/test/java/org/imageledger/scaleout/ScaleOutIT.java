package org.imageledger.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.imageledger.scaleout.EventTable.StoredEvent;
import org.imageledger.scaleout.Topology.Node;
import org.imageledger.scaleout.WriteLoad.Acknowledged;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two command nodes and two query nodes, each a JVM of its own running its module's jar, over one PostgreSQL: the
 * compose file's topology without Docker. Concurrent writes through both command nodes are neither lost nor
 * duplicated, the query nodes share the projection and read each other's writes from a Min-Position, and one query
 * node killed under load leaves its segments to the other, whose tables then still equal the fold of the events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ScaleOutIT {

    private static final Duration TAKEOVER = Duration.ofSeconds(60);
    private static final Duration LOAD = Duration.ofSeconds(90);
    /** Min-Position waits two seconds, then 503; a client asks again, as the Retry-After says. */
    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(60);

    private Topology topology;

    @BeforeAll
    void startNodes() throws Exception {
        topology = Topology.start(Path.of("target", "scale-out-logs"));
    }

    @AfterAll
    void stopNodes() {
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    @Order(1)
    void bothQueryNodesClaimSegmentsOfTheProjection() {
        Set<String> queryNodes = owners(topology.queryNodes());
        await("each query node owning a segment")
                .atMost(TAKEOVER)
                .untilAsserted(() -> assertThat(
                                segmentOwners().stream().map(ScaleOutIT::nodeOf).collect(Collectors.toSet()))
                        .isEqualTo(queryNodes));
    }

    @Test
    @Order(2)
    void concurrentWritesThroughBothCommandNodesAreNeitherLostNorDuplicated() throws Exception {
        WriteLoad load = WriteLoad.start(commandApis(), "concurrent", 16);
        List<Acknowledged> acknowledged = load.finish(LOAD);

        EventTable events = EventTable.read(topology.database(), load.imageIds());
        assertNothingLostOrDuplicated(acknowledged, events, load);
        for (Node query : topology.queryNodes()) {
            assertProjectionEqualsFold(query.http(), load.imageIds(), events, WriteLoad.last(acknowledged));
        }
    }

    @Test
    @Order(3)
    void eachQueryNodeReadsTheOtherCommandNodesWritesFromTheirLedgerPosition() {
        List<Node> commands = topology.commandNodes();
        List<Node> queries = topology.queryNodes();
        String id = commands.get(0).http().createImage("read-your-writes");
        for (int i = 0; i < 10; i++) {
            writeThenRead(commands.get(i % 2).http(), queries.get((i + 1) % 2).http(), id, i);
        }
    }

    @Test
    @Order(4)
    void theOtherQueryNodeTakesOverTheSegmentsOfOneKilledMidLoad() throws Exception {
        Node survivor = topology.queryNodes().get(0);
        Node victim = topology.queryNodes().get(1);
        WriteLoad load = WriteLoad.start(commandApis(), "takeover", 40);
        await("writes under way").atMost(LOAD).until(() -> load.acknowledgedSoFar() >= 30);

        killAndAwaitTakeover(victim, survivor, load);
        List<Acknowledged> acknowledged = load.finish(LOAD);
        EventTable events = EventTable.read(topology.database(), load.imageIds());
        assertNothingLostOrDuplicated(acknowledged, events, load);
        assertProjectionEqualsFold(survivor.http(), load.imageIds(), events, WriteLoad.last(acknowledged));
        for (int i = 0; i < load.imageIds().size(); i++) {
            writeThenRead(
                    topology.commandNodes().get(i % 2).http(),
                    survivor.http(),
                    load.imageIds().get(i),
                    i);
        }
        JsonNode verification = survivor.http()
                .post("/v2/admin/projections/" + ProjectionRows.PROCESSOR + "/verify", "")
                .json();
        assertThat(verification.path("mismatch_count").asLong())
                .as(verification.toString())
                .isZero();
    }

    private void killAndAwaitTakeover(Node victim, Node survivor, WriteLoad load) throws Exception {
        Set<String> victimOnly = owners(List.of(victim));
        await(victim.http().name() + " owning a segment")
                .atMost(TAKEOVER)
                .untilAsserted(() -> assertThat(segmentOwners()).anyMatch(owner -> ownedBy(owner, victimOnly)));
        victim.process().kill();
        long killed = System.nanoTime();
        int beforeKill = load.acknowledgedSoFar();
        Set<String> survivorOnly = owners(List.of(survivor));
        await("every segment claimed by " + survivor.http().name())
                .atMost(TAKEOVER)
                .untilAsserted(() -> assertThat(segmentOwners()).allMatch(owner -> ownedBy(owner, survivorOnly)));
        System.out.printf(
                "%s killed after %d acknowledged writes; %s owned every segment %d ms later, after %d%n",
                victim.http().name(),
                beforeKill,
                survivor.http().name(),
                (System.nanoTime() - killed) / 1_000_000,
                load.acknowledgedSoFar());
    }

    private void assertNothingLostOrDuplicated(List<Acknowledged> acknowledged, EventTable events, WriteLoad load) {
        Map<Long, StoredEvent> byPosition =
                events.events().stream().collect(Collectors.toMap(StoredEvent::position, e -> e));
        for (Acknowledged write : acknowledged) {
            StoredEvent event = byPosition.get(write.position());
            assertThat(event)
                    .as("the event at the acknowledged position of " + write)
                    .isNotNull();
            assertThat(event.imageId()).isEqualTo(write.imageId());
            assertThat(event.version()).isEqualTo(write.version());
            assertThat(event.sets(write.key(), write.value()))
                    .as(event + " sets " + write)
                    .isTrue();
            assertThat(events.events().stream().filter(e -> e.sets(write.key(), write.value())))
                    .as("events setting " + write.key() + "=" + write.value())
                    .hasSize(1);
        }
        events.versionsByImage()
                .forEach((image, versions) -> assertThat(versions)
                        .as("versions of " + image)
                        .isEqualTo(LongStream.range(0, versions.size()).boxed().toList()));
        // one creation per image and one event per acknowledged write: no write applied that was not acknowledged
        assertThat(events.events()).hasSize(load.imageIds().size() + acknowledged.size());
        WriteLoad.lastValues(acknowledged)
                .forEach((image, values) -> assertThat(events.foldedProperties(image))
                        .as("fold of " + image)
                        .isEqualTo(values));
        long increments = acknowledged.stream()
                .filter(a -> a.imageId().equals(load.counterImage()))
                .count();
        assertThat(events.foldedProperties(load.counterImage())).containsEntry("counter", Long.toString(increments));
    }

    /** Once the node has applied the last write: its image rows and their properties are the fold of the events. */
    private void assertProjectionEqualsFold(
            LedgerClient query, List<String> images, EventTable events, Acknowledged last) throws Exception {
        readFrom(query, "/v2/images/" + last.imageId(), last.position());
        for (String image : images) {
            JsonNode row = query.get("/v2/images/" + image).json();
            assertThat(row.path("version").asLong())
                    .as(query.name() + ": version of " + image)
                    .isEqualTo(events.lastVersion(image));
        }
        Map<String, Map<String, String>> tables = new ProjectionRows(topology.database()).properties(images);
        for (String image : images) {
            assertThat(tables.getOrDefault(image, Map.of()))
                    .as("image_property rows of " + image)
                    .isEqualTo(events.foldedProperties(image));
        }
    }

    /** Sets a property through one node and reads it back through another from the write's Ledger-Position. */
    private static void writeThenRead(LedgerClient writer, LedgerClient reader, String id, int step) {
        Reply write = writer.patch(id, "[{\"op\": \"add\", \"path\": \"/step\", \"value\": \"" + step + "\"}]");
        assertThat(write.status()).as(writer.name() + ": " + write.body()).isEqualTo(200);

        JsonNode image = readFrom(reader, "/v2/images/" + id, write.position()).json();

        assertThat(image.path("step").asText())
                .as("read through " + reader.name())
                .isEqualTo(Integer.toString(step));
        assertThat(image.path("version").asLong()).isEqualTo(write.version());
    }

    /** A read with Min-Position, asked again while the node answers 503 (not there yet); the 200. */
    private static Reply readFrom(LedgerClient query, String path, long position) {
        AtomicReference<Reply> answer = new AtomicReference<>();
        await(query.name() + " reaching position " + position)
                .atMost(READ_YOUR_WRITE)
                .until(() -> {
                    Reply reply = query.get(path, Map.of("Min-Position", Long.toString(position)));
                    assertThat(reply.status()).as(reply.body()).isIn(200, 503);
                    answer.set(reply);
                    return reply.status() == 200;
                });
        return answer.get();
    }

    private List<String> segmentOwners() throws Exception {
        List<String> owners = new ProjectionRows(topology.database()).segmentOwners();
        assertThat(owners).as("segments of " + ProjectionRows.PROCESSOR).isNotEmpty();
        return owners;
    }

    private List<LedgerClient> commandApis() {
        return topology.commandNodes().stream().map(Node::http).toList();
    }

    /** The token owner prefix of each node (its PID and an at sign). */
    private static Set<String> owners(List<Node> nodes) {
        return nodes.stream().map(node -> node.process().tokenOwner()).collect(Collectors.toSet());
    }

    private static boolean ownedBy(String owner, Set<String> nodes) {
        return nodes.stream().anyMatch(owner::startsWith);
    }

    private static String nodeOf(String owner) {
        return owner.substring(0, owner.indexOf('@') + 1);
    }
}
