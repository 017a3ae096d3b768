package org.imageledger.query.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.imageledger.events.ImageState;
import org.imageledger.query.LedgerEvents;
import org.imageledger.query.QueryNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filtered lists over 100,000 images never read the whole image table. (A side table may be read in full where that
 * is cheaper, as for a tag half the images carry.) The images exist only inside a transaction that is rolled back, so
 * the projection never holds rows without events.
 */
class ImageListPlanIT extends QueryNodeTest {

    private static final List<String> LISTS = List.of(
            "",
            "owner=owner-7",
            "name=name-42",
            "name=in:name-1,name-2",
            "id=in:%1$s-1,%1$s-2",
            "status=deactivated",
            "visibility=community",
            "visibility=all&disk_format=qcow2&container_format=ova",
            "tag=t17",
            "tag=t17&tag=common",
            "os_distro=debian&k3=v3",
            "created_at=gt:2001-01-01T00:00:00Z&created_at=lt:2001-01-01T06:00:00Z",
            "updated_at=lte:2001-01-01T01:00:00Z",
            "min_ram=1024",
            "min_disk_min=5&min_disk_max=6",
            "os_hidden=true",
            "protected=true",
            "sort=name:asc",
            "sort=updated_at:desc",
            "sort=updated_at:asc&marker=%1$s-500",
            "sort_key=status&sort_dir=asc",
            "sort=name:asc&marker=%1$s-500",
            "marker=%1$s-70000&limit=1000");

    @Autowired
    ImageMetadataRepository images;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void filteredListsOverManyImagesNeverScanTheImageTable() {
        String prefix = "plan-" + LedgerEvents.newId();
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            fill(prefix);
            for (String list : LISTS) {
                String query = String.format(list, prefix);
                String plan = plan(query);
                assertThat(plan).as("plan of ?%s:%n%s", query, plan).doesNotContain("Seq Scan on image_metadata");
            }
            transaction.setRollbackOnly();
        });
    }

    private String plan(String query) {
        ImageListRequest request = ImageListRequest.from(QueryParameters.parse(query));
        Optional<ImageState> marker = Optional.ofNullable(request.marker()).flatMap(images::findListed);
        Sql page = ImageListSql.page(request, marker);
        return String.join(
                "\n",
                jdbc.queryForList(
                        "EXPLAIN (COSTS OFF) SELECT m.* FROM image_metadata m " + page.text(),
                        String.class,
                        page.args().toArray()));
    }

    private void fill(String prefix) {
        jdbc.update("""
                INSERT INTO image_metadata (id, name, disk_format, container_format, visibility, protected, os_hidden,
                    min_ram, min_disk, owner, status, created_at, updated_at, version, position)
                SELECT ? || '-' || i, 'name-' || (i % 5000), (ARRAY['raw', 'qcow2', 'iso', NULL])[1 + i % 4],
                    (ARRAY['bare', 'ova', NULL])[1 + i % 3],
                    (ARRAY['public', 'private', 'shared', 'community'])[1 + i % 4], i % 50 = 0, i % 40 = 0,
                    (i % 8) * 512, i % 20, 'owner-' || (i % 500),
                    (ARRAY['queued', 'active', 'active', 'active', 'deactivated', 'deleted'])[1 + i % 6],
                    timestamptz '2001-01-01' + i * interval '1 second',
                    timestamptz '2001-01-01' + i * interval '2 second', i % 30, i
                FROM generate_series(1, 100000) i""", prefix);
        jdbc.update("""
                INSERT INTO image_property (image_id, key, value)
                SELECT ? || '-' || i, 'k' || (i % 20), 'v' || (i % 100) FROM generate_series(1, 100000) i
                UNION ALL
                SELECT ? || '-' || i, 'os_distro', (ARRAY['ubuntu', 'debian', 'fedora'])[1 + i % 3]
                FROM generate_series(1, 100000) i""", prefix, prefix);
        jdbc.update("""
                INSERT INTO image_tag (image_id, tag)
                SELECT ? || '-' || i, 't' || (i % 200) FROM generate_series(1, 100000) i
                UNION ALL
                SELECT ? || '-' || i, 'common' FROM generate_series(1, 100000, 2) i""", prefix, prefix);
        jdbc.update(
                "INSERT INTO image_recency (id, updated_at) SELECT id, updated_at FROM image_metadata WHERE id LIKE ?",
                prefix + "-%");
        jdbc.execute("ANALYZE image_metadata, image_property, image_tag, image_recency");
    }
}
