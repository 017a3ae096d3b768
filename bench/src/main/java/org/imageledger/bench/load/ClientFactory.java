package org.imageledger.bench.load;

/** Makes the client with the given index (0 … clients − 1), including whatever it sets up before it is timed. */
@FunctionalInterface
public interface ClientFactory {

    LoadClient create(int index) throws Exception;
}
