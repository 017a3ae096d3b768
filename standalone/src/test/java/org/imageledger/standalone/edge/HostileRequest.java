package org.imageledger.standalone.edge;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of the hostile-request table: what is sent, and the status and error medium it must get. */
final class HostileRequest {

    static final String IMAGE_ID = "6d1f6a52-3c52-4a7e-9d54-0b3a3c0c2f11";

    private final String method;
    private final String target;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String name;
    private byte[] body;
    private boolean chunked;
    private int status;
    private boolean plainText;

    private HostileRequest(String method, String target) {
        this.method = method;
        this.target = target;
        this.name = method + " " + target;
    }

    static HostileRequest authorized(String method, String target) {
        return anonymous(method, target).header("X-Auth-Token", "admin-secret");
    }

    static HostileRequest anonymous(String method, String target) {
        return new HostileRequest(method, target);
    }

    HostileRequest named(String name) {
        this.name = name;
        return this;
    }

    HostileRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HostileRequest contentType(String type) {
        return header("Content-Type", type);
    }

    HostileRequest json(String text) {
        headers.putIfAbsent("Content-Type", "application/json");
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    HostileRequest body(byte[] bytes) {
        headers.putIfAbsent("Content-Type", "application/json");
        this.body = bytes;
        return this;
    }

    HostileRequest chunked() {
        this.chunked = true;
        return this;
    }

    HostileRequest expect(int status) {
        this.status = status;
        return this;
    }

    HostileRequest inPlainText() {
        this.plainText = true;
        return this;
    }

    RawHttp.Request request() {
        return RawHttp.Request.of(method, target, headers, body, chunked);
    }

    int status() {
        return status;
    }

    boolean wantsPlainText() {
        return plainText;
    }

    @Override
    public String toString() {
        return name;
    }
}
