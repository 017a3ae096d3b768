package org.imageledger.query.images;

import java.util.List;
import java.util.Optional;
import org.imageledger.events.ImageState;
import org.imageledger.infrastructure.web.ApiException;
import org.imageledger.query.QuerySideConfiguration;
import org.imageledger.query.tables.ImageMetadataTables;
import org.imageledger.query.tables.ImageRow;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Repository;

/** Reads images from image_metadata as their fold would show them; deleted images are not found. */
@Repository
@DependsOn(QuerySideConfiguration.SCHEMA)
class ImageMetadataRepository {

    private final ImageMetadataTables tables;

    ImageMetadataRepository(ImageMetadataTables tables) {
        this.tables = tables;
    }

    Optional<ImageState> findListed(String id) {
        return findListed(id, Sql.TRUE);
    }

    /** The image if it is not deleted and within the scope; the scope's condition is on {@code m}. */
    Optional<ImageState> findListed(String id, Sql scope) {
        Sql where = Sql.and(List.of(Sql.of("m.id = ? AND m.status <> 'deleted'", id), scope));
        return states(tables.select("WHERE " + where.text(), where.args().toArray())).stream()
                .findFirst();
    }

    /** A page of the list; a marker the caller may not see is refused exactly as an unknown one. */
    List<ImageState> list(ImageListRequest request) {
        Optional<ImageState> marker = Optional.ofNullable(request.marker())
                .map(id -> findListed(id, request.scope())
                        .orElseThrow(() -> ApiException.badRequest("No image found with ID " + id)));
        Sql page = ImageListSql.page(request, marker);
        return states(tables.select(page.text(), page.args().toArray()));
    }

    private static List<ImageState> states(List<ImageRow> rows) {
        return rows.stream().map(ImageRow::state).toList();
    }
}
