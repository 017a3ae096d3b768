package org.imageledger.bench.load;

/** One simulated client: it repeats one request, waiting for each answer before sending the next. */
@FunctionalInterface
public interface LoadClient extends AutoCloseable {

    /** Sends one request and checks its answer; throws if the answer is wrong. */
    void call() throws Exception;

    @Override
    default void close() throws Exception {}

    /** A client whose requests go through {@code resource}, which it closes when the load is over. */
    static LoadClient using(AutoCloseable resource, LoadClient requests) {
        return new LoadClient() {
            @Override
            public void call() throws Exception {
                requests.call();
            }

            @Override
            public void close() throws Exception {
                resource.close();
            }
        };
    }
}
