package org.imageledger.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imageledger.bench.database.BenchDatabase;
import org.imageledger.bench.database.VersionWatch;
import org.imageledger.bench.load.ClosedLoop;
import org.imageledger.bench.load.Latencies;
import org.imageledger.bench.load.LoadResult;
import org.imageledger.bench.service.LedgerApi;

/**
 * The loads of the scale-out run, their clients spread evenly over the command nodes (client i writes through node i
 * modulo their number), so that the same load can be run against one command node and against two.
 */
final class NodeLoads {

    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final Scale scale;
    private final BenchDatabase database;
    private final List<URI> commandNodes;
    private final String token;

    NodeLoads(Scale scale, BenchDatabase database, List<URI> commandNodes, String token) {
        this.scale = scale;
        this.database = database;
        this.commandNodes = List.copyOf(commandNodes);
        this.token = token;
    }

    /** Each client replaces one property of an image of its own, again and again. */
    LoadResult patchOwnImages(int clients) throws Exception {
        return loop(clients).run(index -> {
            LedgerApi api = api(index);
            String path = "/v2/images/" + ImageRequests.create(api);
            long[] values = {0};
            return () ->
                    api.patch(path, ImageRequests.replaceProperty(++values[0])).expect(200);
        });
    }

    /** Every client changes one image, each a property of its own: appends that collide across nodes. */
    LoadResult patchSharedImage(int clients) throws Exception {
        String path = "/v2/images/" + ImageRequests.create(api(0));
        return loop(clients).run(index -> {
            LedgerApi api = api(index);
            long[] values = {0};
            return () -> api.patch(
                            path,
                            "[{\"op\": \"add\", \"path\": \"/client_" + index + "\", \"value\": \"v" + ++values[0]
                                    + "\"}]")
                    .expect(200);
        });
    }

    /** Time from each acknowledged PATCH to its version in image_metadata, each writer on an image of its own. */
    Latencies projectionLag(int writers) throws Exception {
        List<LedgerApi> apis = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            LedgerApi api = api(i);
            apis.add(api);
            ids.add(ImageRequests.create(api));
        }
        try (VersionWatch watch = new VersionWatch(database, ids)) {
            LoadResult load = loop(writers).run(index -> {
                LedgerApi api = apis.get(index);
                String path = "/v2/images/" + ids.get(index);
                long[] values = {0};
                return () -> watch.acknowledged(
                        index,
                        api.patch(path, ImageRequests.replaceProperty(++values[0]))
                                .expect(200)
                                .version());
            });
            return watch.finish(load, DRAIN);
        }
    }

    private LedgerApi api(int client) {
        return new LedgerApi(commandNodes.get(client % commandNodes.size()), token);
    }

    private ClosedLoop loop(int clients) {
        return new ClosedLoop(clients, scale.warmup(), scale.window());
    }
}
