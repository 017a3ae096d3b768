package org.imageledger.query.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.NewImage;
import org.imageledger.query.QueryNodeTest;
import org.imageledger.testing.Reply;

/** List tests on images of an owner of their own, so that other tests' images never show. */
abstract class OwnImagesTest extends QueryNodeTest {

    protected final String owner = getClass().getSimpleName() + "-" + LedgerEvents.newId();

    protected NewImage mine() {
        return NewImage.ownedBy(owner);
    }

    protected String image(NewImage spec) {
        String id = LedgerEvents.newId();
        ledger.append(spec.as(id));
        return id;
    }

    protected String imageAt(Instant recordedAt, NewImage spec) {
        String id = LedgerEvents.newId();
        ledger.appendAt(recordedAt, spec.as(id));
        return id;
    }

    protected void ready() {
        ledger.awaitAllApplied();
    }

    /** The list of this test's images, narrowed further by the query. */
    protected Reply list(String query) {
        return api.get("/v2/images?owner=" + owner + (query.isEmpty() ? "" : "&" + query));
    }

    protected List<String> ids(String query) {
        Reply reply = list(query);
        assertThat(reply.status()).as(query).isEqualTo(200);
        return reply.ids();
    }

    protected void assertRefused(String query, String message) {
        Reply reply = list(query);
        assertThat(reply.status()).as(query).isEqualTo(400);
        assertThat(reply.message()).as(query).isEqualTo(message);
    }
}
