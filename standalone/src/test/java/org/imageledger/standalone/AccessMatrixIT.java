package org.imageledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imageledger.query.progress.ProjectionProgress;
import org.imageledger.query.rebuild.ProjectionRebuild;
import org.imageledger.query.rebuild.RebuildStatus;
import org.imageledger.standalone.AccessMatrix.ImageCase;
import org.imageledger.standalone.AccessMatrix.ServiceCase;
import org.imageledger.standalone.Endpoint.Kind;
import org.imageledger.standalone.Endpoint.Request;
import org.imageledger.standalone.Endpoint.Subject;
import org.imageledger.testing.LedgerClient;
import org.imageledger.testing.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every cell of the {@link AccessMatrix} against both sides in one process: the exact status, nothing stored by a
 * request that is refused or only reads, and an image the requester may not see answered exactly as an unknown one.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProgress projection;

    @Autowired
    ProjectionRebuild rebuild;

    AccessImages images;
    final Map<Requester, LedgerClient> clients = new EnumMap<>(Requester.class);

    /** What the store holds: the global position of its last event, and the version of one image (-1 for none). */
    record Stored(long head, long version) {}

    @BeforeAll
    void seedOneImagePerOwnerAndVisibility() {
        images = new AccessImages(eventStore, jdbc, projection);
        List<String> owners = Stream.concat(
                        Stream.of(Requester.values()).map(r -> r.project), Stream.of(Requester.OTHER_PROJECT))
                .distinct()
                .toList();
        images.seed(owners, AccessMatrix.VISIBILITIES);
    }

    @TestFactory
    Stream<DynamicContainer> imageEndpoints() {
        return byEndpoint(AccessMatrix.imageCases(), ImageCase::endpoint, this::check);
    }

    @TestFactory
    Stream<DynamicContainer> endpointsAboutNoImage() {
        return byEndpoint(AccessMatrix.serviceCases(), ServiceCase::endpoint, this::check);
    }

    private void check(ImageCase cell) {
        boolean changes = cell.endpoint().writes() && cell.expected().succeeds();
        String id = cell.endpoint().kind == Kind.CREATE ? null : target(cell, changes);
        Stored before = stored(id);
        Subject subject = new Subject(
                id, cell.owner(), cell.visibility(), UUID.randomUUID().toString());
        Reply response = send(cell.requester(), cell.endpoint().request(subject));

        assertStatus(cell, response, cell.expected().status());
        if (cell.expected().listed() != null) {
            List<String> listed = response.json().path("images").findValuesAsText("id");
            assertThat(listed.contains(id))
                    .as("%s: listed", cell)
                    .isEqualTo(cell.expected().listed());
        }
        if (changes) {
            assertWritten(cell, response, id, before);
            images.awaitProjection();
        } else {
            assertThat(stored(id)).as("%s: nothing stored", cell).isEqualTo(before);
        }
        if (id != null && (response.status() == 404 || response.status() == 400)) {
            assertAnswersAsUnknown(cell, subject, response);
        }
    }

    private void check(ServiceCase cell) {
        Stored before = stored(null);
        Optional<Instant> lastRebuild = rebuild.status().map(RebuildStatus::startedAt);
        Reply response = send(cell.requester(), cell.endpoint().request(null));

        assertStatus(cell, response, cell.expected().status());
        assertThat(stored(null)).as("%s: nothing stored", cell).isEqualTo(before);
        if (cell.endpoint() == Endpoint.PROJECTION_REBUILD && response.status() == 202) {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> rebuild.status().orElseThrow().state().finished());
            assertThat(rebuild.status().orElseThrow().state()).isEqualTo(RebuildStatus.State.COMPLETED);
            images.awaitProjection();
        } else {
            assertThat(rebuild.status().map(RebuildStatus::startedAt))
                    .as("%s: the last rebuild", cell)
                    .isEqualTo(lastRebuild);
        }
    }

    /** A seeded image, or for a request meant to change its image a fresh one, so that no cell affects another. */
    private String target(ImageCase cell, boolean changes) {
        if (!changes) {
            return images.seeded(cell.owner(), cell.visibility());
        }
        return cell.endpoint() == Endpoint.REACTIVATE
                ? images.deactivated(cell.owner(), cell.visibility())
                : images.active(cell.owner(), cell.visibility());
    }

    private Stored stored(String id) {
        return new Stored(images.head(), id == null ? -1 : images.version(id));
    }

    /** One event more for the image, or a new image at version 0 with the owner and visibility asked for. */
    private void assertWritten(ImageCase cell, Reply response, String id, Stored before) {
        assertThat(images.head()).as("%s: the head position", cell).isGreaterThan(before.head());
        if (id != null) {
            assertThat(images.version(id)).as("%s: the image's version", cell).isEqualTo(before.version() + 1);
            return;
        }
        String created = response.json().path("id").asText();
        assertThat(images.version(created))
                .as("%s: the new image's version", cell)
                .isZero();
        assertThat(response.json().path("owner").asText()).isEqualTo(cell.owner());
        assertThat(response.json().path("visibility").asText()).isEqualTo(cell.visibility());
    }

    /** The same request about an id no image has answers the same, but for the id. */
    private void assertAnswersAsUnknown(ImageCase cell, Subject subject, Reply response) {
        String unknown = UUID.randomUUID().toString();
        Subject nobody = new Subject(unknown, subject.owner(), subject.visibility(), subject.unique());
        Reply answer = send(cell.requester(), cell.endpoint().request(nobody));
        assertThat(answer.status()).as("%s: for an unknown image", cell).isEqualTo(response.status());
        assertThat(response.body().replace(subject.id(), unknown))
                .as("%s: the body", cell)
                .isEqualTo(answer.body());
    }

    /** The status, and for a refusal the one error shape with that status. */
    private static void assertStatus(Object cell, Reply response, int status) {
        assertThat(response.status())
                .as("%s, answering %s", cell, response.body())
                .isEqualTo(status);
        if (status >= 400) {
            assertThat(response.json().path("status").asInt())
                    .as("%s: the error body", cell)
                    .isEqualTo(status);
        }
    }

    private Reply send(Requester requester, Request request) {
        return clients.computeIfAbsent(requester, r -> new LedgerClient(port, r.token))
                .send(request.method(), request.path(), request.contentType(), request.body());
    }

    /** One container per endpoint, its cells in table order. */
    private static <C> Stream<DynamicContainer> byEndpoint(
            List<C> cells, Function<C, Endpoint> endpoint, Consumer<C> check) {
        Map<Endpoint, List<C>> grouped =
                cells.stream().collect(Collectors.groupingBy(endpoint, LinkedHashMap::new, Collectors.toList()));
        return grouped.entrySet().stream()
                .map(group -> DynamicContainer.dynamicContainer(
                        group.getKey().label,
                        group.getValue().stream()
                                .map(cell -> DynamicTest.dynamicTest(cell.toString(), () -> check.accept(cell)))));
    }
}
