package org.imageledger.standalone;

import java.util.Arrays;
import java.util.function.Function;
import org.imageledger.testing.LedgerClient;

/** The requests of the access matrix, by the names its tables use. */
enum Endpoint {
    CREATE(
            "create",
            Kind.CREATE,
            s -> new Request(
                    "POST",
                    "/v2/images",
                    "application/json",
                    "{\"name\": \"access-matrix\", \"owner\": \"" + s.owner() + "\", \"visibility\": \""
                            + s.visibility() + "\"}")),
    PATCH(
            "patch",
            Kind.WRITE,
            s -> new Request(
                    "PATCH",
                    image(s),
                    LedgerClient.JSON_PATCH,
                    "[{\"op\": \"add\", \"path\": \"/matrix\", \"value\": \"" + s.unique() + "\"}]")),
    PATCH_OWNER(
            "patch-owner",
            Kind.WRITE,
            s -> new Request(
                    "PATCH",
                    image(s),
                    LedgerClient.JSON_PATCH,
                    "[{\"op\": \"replace\", \"path\": \"/owner\", \"value\": \"elsewhere\"}]")),
    DELETE("delete", Kind.WRITE, s -> new Request("DELETE", image(s), null, null)),
    DEACTIVATE("deactivate", Kind.WRITE, s -> new Request("POST", image(s) + "/actions/deactivate", null, null)),
    REACTIVATE("reactivate", Kind.WRITE, s -> new Request("POST", image(s) + "/actions/reactivate", null, null)),
    TAG_PUT("tag-put", Kind.WRITE, s -> new Request("PUT", image(s) + "/tags/" + s.unique(), null, null)),
    TAG_DELETE(
            "tag-delete", Kind.WRITE, s -> new Request("DELETE", image(s) + "/tags/" + AccessImages.TAG, null, null)),
    MEMBER_ADD(
            "member-add",
            Kind.WRITE,
            s -> new Request(
                    "POST", image(s) + "/members", "application/json", "{\"member\": \"" + s.unique() + "\"}")),
    MEMBERS("members", Kind.READ, s -> get(image(s) + "/members")),
    FILE("file", Kind.READ, s -> get(image(s) + "/file")),
    SHOW("show", Kind.READ, s -> get(image(s))),
    AS_OF("as-of", Kind.READ, s -> get(image(s) + "?as_of_version=0")),
    HISTORY("history", Kind.READ, s -> get(image(s) + "/history")),
    BLAME("blame", Kind.READ, s -> get(image(s) + "/blame")),
    LIST("list", Kind.LIST, s -> get("/v2/images?id=" + s.id())),
    LIST_ALL("list-all", Kind.LIST, s -> get("/v2/images?visibility=all&id=" + s.id())),
    MARKER("marker", Kind.READ, s -> get("/v2/images?limit=1&marker=" + s.id())),
    EVENTS("events", Kind.SERVICE, s -> get("/v2/events?limit=1")),
    PROJECTION_STATUS("projection-status", Kind.SERVICE, s -> get(projection(""))),
    PROJECTION_VERIFY("projection-verify", Kind.SERVICE, s -> new Request("POST", projection("/verify"), null, null)),
    PROJECTION_REBUILD(
            "projection-rebuild", Kind.SERVICE, s -> new Request("POST", projection("/rebuild"), null, null)),
    SCHEMA_IMAGE("schema-image", Kind.SERVICE, s -> get("/v2/schemas/image")),
    SCHEMA_IMAGES("schema-images", Kind.SERVICE, s -> get("/v2/schemas/images")),
    SCHEMA_MEMBER("schema-member", Kind.SERVICE, s -> get("/v2/schemas/member")),
    SCHEMA_MEMBERS("schema-members", Kind.SERVICE, s -> get("/v2/schemas/members")),
    ROOT("root", Kind.SERVICE, s -> get("/")),
    VERSIONS("versions", Kind.SERVICE, s -> get("/versions")),
    HEALTH("health", Kind.SERVICE, s -> get("/actuator/health"));

    /** What a request does: creates an image, changes one, reads one, lists images, or concerns no image. */
    enum Kind {
        CREATE,
        WRITE,
        READ,
        LIST,
        SERVICE
    }

    /** The image a request is about (none for a service endpoint), and a value no other request uses. */
    record Subject(String id, String owner, String visibility, String unique) {}

    record Request(String method, String path, String contentType, String body) {}

    final String label;
    final Kind kind;
    private final Function<Subject, Request> request;

    Endpoint(String label, Kind kind, Function<Subject, Request> request) {
        this.label = label;
        this.kind = kind;
        this.request = request;
    }

    static Endpoint named(String label) {
        return Arrays.stream(values())
                .filter(endpoint -> endpoint.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no endpoint " + label));
    }

    Request request(Subject subject) {
        return request.apply(subject);
    }

    boolean writes() {
        return kind == Kind.CREATE || kind == Kind.WRITE;
    }

    private static String image(Subject subject) {
        return "/v2/images/" + subject.id();
    }

    private static Request get(String path) {
        return new Request("GET", path, null, null);
    }

    private static String projection(String action) {
        return "/v2/admin/projections/image-metadata" + action;
    }
}
