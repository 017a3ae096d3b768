package org.imageledger.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A port on the loopback interface that nothing listens on, for a server a test is about to start. */
public final class LoopbackPort {

    private LoopbackPort() {}

    public static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
