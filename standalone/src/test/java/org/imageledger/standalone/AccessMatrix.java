package org.imageledger.standalone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who may do what (docs/API.md §5), as two tables. Image endpoints: one line per endpoint and requester, one column
 * per image, the requester's own project's or another's, in each visibility; for a create, the owner and visibility
 * it asks for. A cell is the status expected, or for a list whether the image is in it ({@code in}, {@code out}: 200
 * either way). Endpoints about no image: one column per requester.
 */
final class AccessMatrix {

    static final List<String> VISIBILITIES = List.of("public", "private", "shared", "community");

    static final String IMAGE_ENDPOINTS = """
            endpoint     requester | own: public private shared community | other: public private shared community
            create       reader    |      403    403     403    403       |        403    403     403    403
            create       member    |      403    201     201    201       |        403    403     403    403
            create       auditor   |      403    403     403    403       |        403    403     403    403
            create       admin     |      201    201     201    201       |        201    201     201    201
            create       none      |      401    401     401    401       |        401    401     401    401
            create       unknown   |      401    401     401    401       |        401    401     401    401
            patch        reader    |      403    403     403    403       |        403    404     404    403
            patch        member    |      200    200     200    200       |        403    404     404    403
            patch        auditor   |      403    403     403    403       |        403    403     403    403
            patch        admin     |      200    200     200    200       |        200    200     200    200
            patch        none      |      401    401     401    401       |        401    401     401    401
            patch        unknown   |      401    401     401    401       |        401    401     401    401
            patch-owner  reader    |      403    403     403    403       |        403    404     404    403
            patch-owner  member    |      403    403     403    403       |        403    404     404    403
            patch-owner  auditor   |      403    403     403    403       |        403    403     403    403
            patch-owner  admin     |      200    200     200    200       |        200    200     200    200
            patch-owner  none      |      401    401     401    401       |        401    401     401    401
            patch-owner  unknown   |      401    401     401    401       |        401    401     401    401
            delete       reader    |      403    403     403    403       |        403    404     404    403
            delete       member    |      204    204     204    204       |        403    404     404    403
            delete       auditor   |      403    403     403    403       |        403    403     403    403
            delete       admin     |      204    204     204    204       |        204    204     204    204
            delete       none      |      401    401     401    401       |        401    401     401    401
            delete       unknown   |      401    401     401    401       |        401    401     401    401
            deactivate   reader    |      403    403     403    403       |        403    404     404    403
            deactivate   member    |      204    204     204    204       |        403    404     404    403
            deactivate   auditor   |      403    403     403    403       |        403    403     403    403
            deactivate   admin     |      204    204     204    204       |        204    204     204    204
            deactivate   none      |      401    401     401    401       |        401    401     401    401
            deactivate   unknown   |      401    401     401    401       |        401    401     401    401
            reactivate   reader    |      403    403     403    403       |        403    404     404    403
            reactivate   member    |      204    204     204    204       |        403    404     404    403
            reactivate   auditor   |      403    403     403    403       |        403    403     403    403
            reactivate   admin     |      204    204     204    204       |        204    204     204    204
            reactivate   none      |      401    401     401    401       |        401    401     401    401
            reactivate   unknown   |      401    401     401    401       |        401    401     401    401
            tag-put      reader    |      403    403     403    403       |        403    404     404    403
            tag-put      member    |      204    204     204    204       |        403    404     404    403
            tag-put      auditor   |      403    403     403    403       |        403    403     403    403
            tag-put      admin     |      204    204     204    204       |        204    204     204    204
            tag-put      none      |      401    401     401    401       |        401    401     401    401
            tag-put      unknown   |      401    401     401    401       |        401    401     401    401
            tag-delete   reader    |      403    403     403    403       |        403    404     404    403
            tag-delete   member    |      204    204     204    204       |        403    404     404    403
            tag-delete   auditor   |      403    403     403    403       |        403    403     403    403
            tag-delete   admin     |      204    204     204    204       |        204    204     204    204
            tag-delete   none      |      401    401     401    401       |        401    401     401    401
            tag-delete   unknown   |      401    401     401    401       |        401    401     401    401
            member-add   reader    |      403    403     403    403       |        403    404     404    403
            member-add   member    |      403    403     200    403       |        403    404     404    403
            member-add   auditor   |      403    403     403    403       |        403    403     403    403
            member-add   admin     |      403    403     200    403       |        403    403     200    403
            member-add   none      |      401    401     401    401       |        401    401     401    401
            member-add   unknown   |      401    401     401    401       |        401    401     401    401
            members      reader    |      403    403     200    403       |        403    404     404    403
            members      member    |      403    403     200    403       |        403    404     404    403
            members      auditor   |      403    403     200    403       |        403    403     200    403
            members      admin     |      403    403     200    403       |        403    403     200    403
            members      none      |      401    401     401    401       |        401    401     401    401
            members      unknown   |      401    401     401    401       |        401    401     401    401
            file         reader    |      204    204     204    204       |        204    404     404    204
            file         member    |      204    204     204    204       |        204    404     404    204
            file         auditor   |      204    204     204    204       |        204    204     204    204
            file         admin     |      204    204     204    204       |        204    204     204    204
            file         none      |      401    401     401    401       |        401    401     401    401
            file         unknown   |      401    401     401    401       |        401    401     401    401
            show         reader    |      200    200     200    200       |        200    404     404    200
            show         member    |      200    200     200    200       |        200    404     404    200
            show         auditor   |      200    200     200    200       |        200    200     200    200
            show         admin     |      200    200     200    200       |        200    200     200    200
            show         none      |      401    401     401    401       |        401    401     401    401
            show         unknown   |      401    401     401    401       |        401    401     401    401
            as-of        reader    |      200    200     200    200       |        200    404     404    200
            as-of        member    |      200    200     200    200       |        200    404     404    200
            as-of        auditor   |      200    200     200    200       |        200    200     200    200
            as-of        admin     |      200    200     200    200       |        200    200     200    200
            as-of        none      |      401    401     401    401       |        401    401     401    401
            as-of        unknown   |      401    401     401    401       |        401    401     401    401
            history      reader    |      200    200     200    200       |        200    404     404    200
            history      member    |      200    200     200    200       |        200    404     404    200
            history      auditor   |      200    200     200    200       |        200    200     200    200
            history      admin     |      200    200     200    200       |        200    200     200    200
            history      none      |      401    401     401    401       |        401    401     401    401
            history      unknown   |      401    401     401    401       |        401    401     401    401
            blame        reader    |      200    200     200    200       |        200    404     404    200
            blame        member    |      200    200     200    200       |        200    404     404    200
            blame        auditor   |      200    200     200    200       |        200    200     200    200
            blame        admin     |      200    200     200    200       |        200    200     200    200
            blame        none      |      401    401     401    401       |        401    401     401    401
            blame        unknown   |      401    401     401    401       |        401    401     401    401
            list         reader    |      in     in      in     out       |        in     out     out    out
            list         member    |      in     in      in     out       |        in     out     out    out
            list         auditor   |      in     in      in     out       |        in     in      in     out
            list         admin     |      in     in      in     out       |        in     in      in     out
            list         none      |      401    401     401    401       |        401    401     401    401
            list         unknown   |      401    401     401    401       |        401    401     401    401
            list-all     reader    |      in     in      in     in        |        in     out     out    in
            list-all     member    |      in     in      in     in        |        in     out     out    in
            list-all     auditor   |      in     in      in     in        |        in     in      in     in
            list-all     admin     |      in     in      in     in        |        in     in      in     in
            list-all     none      |      401    401     401    401       |        401    401     401    401
            list-all     unknown   |      401    401     401    401       |        401    401     401    401
            marker       reader    |      200    200     200    200       |        200    400     400    200
            marker       member    |      200    200     200    200       |        200    400     400    200
            marker       auditor   |      200    200     200    200       |        200    200     200    200
            marker       admin     |      200    200     200    200       |        200    200     200    200
            marker       none      |      401    401     401    401       |        401    401     401    401
            marker       unknown   |      401    401     401    401       |        401    401     401    401
            """;

    static final String SERVICE_ENDPOINTS = """
            endpoint             reader  member  auditor  admin  none  unknown
            events               403     403     200      200    401   401
            projection-status    403     403     200      200    401   401
            projection-verify    403     403     403      200    401   401
            projection-rebuild   403     403     403      202    401   401
            schema-image         200     200     200      200    401   401
            schema-images        200     200     200      200    401   401
            schema-member        200     200     200      200    401   401
            schema-members       200     200     200      200    401   401
            root                 300     300     300      300    300   300
            versions             200     200     200      200    200   200
            health               200     200     200      200    200   200
            """;

    /** What a cell expects: a status, and for a list whether the image is in it. */
    record Expected(int status, Boolean listed) {
        static Expected parse(String cell) {
            return switch (cell) {
                case "in" -> new Expected(200, true);
                case "out" -> new Expected(200, false);
                default -> new Expected(Integer.parseInt(cell), null);
            };
        }

        boolean succeeds() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return listed == null ? Integer.toString(status) : listed ? "200, listed" : "200, not listed";
        }
    }

    /** One cell: an image endpoint's request by a requester about an image of some owner and visibility. */
    record ImageCase(Endpoint endpoint, Requester requester, boolean own, String visibility, Expected expected) {
        String owner() {
            return own ? requester.project : Requester.OTHER_PROJECT;
        }

        @Override
        public String toString() {
            return requester.label() + " on " + (own ? "own " : "other's ") + visibility + ": " + expected;
        }
    }

    /** One cell of the table of endpoints about no image. */
    record ServiceCase(Endpoint endpoint, Requester requester, Expected expected) {
        @Override
        public String toString() {
            return requester.label() + ": " + expected;
        }
    }

    private AccessMatrix() {}

    static List<ImageCase> imageCases() {
        List<ImageCase> cases = new ArrayList<>();
        for (List<String> line : lines(IMAGE_ENDPOINTS, 2 + 2 * VISIBILITIES.size())) {
            Endpoint endpoint = Endpoint.named(line.get(0));
            Requester requester = Requester.named(line.get(1));
            for (int column = 0; column < 2 * VISIBILITIES.size(); column++) {
                cases.add(new ImageCase(
                        endpoint,
                        requester,
                        column < VISIBILITIES.size(),
                        VISIBILITIES.get(column % VISIBILITIES.size()),
                        Expected.parse(line.get(2 + column))));
            }
        }
        return cases;
    }

    static List<ServiceCase> serviceCases() {
        List<ServiceCase> cases = new ArrayList<>();
        Requester[] requesters = Requester.values();
        for (List<String> line : lines(SERVICE_ENDPOINTS, 1 + requesters.length)) {
            for (int column = 0; column < requesters.length; column++) {
                cases.add(new ServiceCase(
                        Endpoint.named(line.get(0)), requesters[column], Expected.parse(line.get(1 + column))));
            }
        }
        return cases;
    }

    /** The table's lines but its header, as their words, each line checked to have as many as the header says. */
    private static List<List<String>> lines(String table, int words) {
        List<List<String>> lines = new ArrayList<>();
        table.lines().skip(1).forEach(line -> {
            List<String> cells = Arrays.stream(line.trim().split("\\s+"))
                    .filter(word -> !word.equals("|"))
                    .toList();
            if (cells.size() != words) {
                throw new IllegalArgumentException("expected " + words + " cells in: " + line);
            }
            lines.add(cells);
        });
        return lines;
    }
}
