package org.imageledger.query.rebuild;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.imageledger.query.tables.ImageDigest;
import org.imageledger.query.tables.ImageMetadataTables;
import org.imageledger.query.tables.ImageRow;
import org.springframework.stereotype.Component;

/**
 * Compares a table set with the fold of the events. Each row must equal, hash for hash, its image's fold up to the
 * row's own version, so rows that a live projection has moved ahead still compare; and each row must have reached
 * every event of its image at or below the position the tables claim.
 * Memory holds one hash per row and one image's fold at a time.
 */
@Component
class Verification {

    static final int REPORTED = 100;
    private static final int CHUNK = 5_000;

    private final EventPages events;

    Verification(EventPages events) {
        this.events = events;
    }

    /** All rows against all events. */
    VerificationResult verify(ImageMetadataTables tables, long position) {
        Map<String, RowDigest> digests = new HashMap<>();
        tables.forEachChunk(CHUNK, chunk -> chunk.forEach(row -> digests.put(row.id(), RowDigest.of(row))));
        return compare(digests, null, position, tables.recencyMismatches(null));
    }

    /** Only the given images' rows against their events. */
    VerificationResult verify(ImageMetadataTables tables, Collection<String> imageIds, long position) {
        Map<String, RowDigest> digests = new HashMap<>();
        tables.load(imageIds).forEach((id, row) -> digests.put(id, RowDigest.of(row)));
        String[] ids = imageIds.toArray(String[]::new);
        return compare(digests, ids, position, tables.recencyMismatches(ids));
    }

    /** Rows against their folds; an image whose row in image_recency disagrees with its image row mismatches too. */
    private VerificationResult compare(
            Map<String, RowDigest> digests, String[] imageIds, long position, List<String> recencyMismatches) {
        Comparison comparison = new Comparison(digests, position);
        events.byImage(imageIds, chunk -> chunk.forEach(comparison::fold));
        comparison.finish();
        SortedSet<String> mismatched = new TreeSet<>(comparison.mismatches);
        mismatched.addAll(recencyMismatches);
        List<String> mismatches = List.copyOf(mismatched);
        return new VerificationResult(
                digests.size(),
                comparison.images,
                mismatches.size(),
                List.copyOf(mismatches.subList(0, Math.min(REPORTED, mismatches.size()))));
    }

    record RowDigest(long version, String digest) {
        static RowDigest of(ImageRow row) {
            return new RowDigest(row.version(), ImageDigest.of(row));
        }
    }

    /** Walks the events image by image, oldest first, folding one image at a time. */
    private static final class Comparison {
        private final Map<String, RowDigest> digests;
        private final long position;
        private final List<String> mismatches = new ArrayList<>();
        private long images;
        private String imageId;
        private ImageRow fold;
        private boolean rowMatched;
        private long requiredVersion;

        Comparison(Map<String, RowDigest> digests, long position) {
            this.digests = new HashMap<>(digests);
            this.position = position;
        }

        void fold(StoredEvent e) {
            if (!e.imageId().equals(imageId)) {
                finishImage();
                imageId = e.imageId();
                fold = null;
                rowMatched = false;
                requiredVersion = -1;
                images++;
            }
            fold = e.foldOnto(fold);
            if (e.position() <= position) {
                requiredVersion = e.version();
            }
            RowDigest row = digests.get(imageId);
            if (row != null && row.version() == e.version()) {
                rowMatched = row.digest().equals(ImageDigest.of(fold));
            }
        }

        void finish() {
            finishImage();
            mismatches.addAll(digests.keySet()); // rows of images that have no events at all
            mismatches.sort(null);
        }

        private void finishImage() {
            if (imageId == null) {
                return;
            }
            RowDigest row = digests.remove(imageId);
            boolean expected = requiredVersion >= 0;
            if (row == null ? expected : !rowMatched || row.version() < requiredVersion) {
                mismatches.add(imageId);
            }
        }
    }
}
