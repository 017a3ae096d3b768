package org.imageledger.query.projection;

import java.time.OffsetDateTime;
import java.util.Map;
import org.imageledger.events.ImageMember;

/** What one event after its image's creation does to the image's rows, as a change of their final values. */
sealed interface RowChange {

    void applyTo(ImageRowChanges image);

    record SetColumn(ImageColumn column, Object value) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.columns.put(column, value);
        }
    }

    /** Several columns that one event sets together, as an upload sets its status and what it stored. */
    record SetColumns(Map<ImageColumn, Object> values) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.columns.putAll(values);
        }
    }

    record AddMember(String member, OffsetDateTime at) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.members.put(member, new MemberRow(ImageMember.PENDING, at, at));
        }
    }

    record ChangeMemberStatus(String member, String status, OffsetDateTime at) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            MemberRow added = image.members.get(member);
            image.members.put(member, new MemberRow(status, added == null ? null : added.createdAt(), at));
        }
    }

    record RemoveMember(String member) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.members.put(member, null);
        }
    }

    /**
     * A member's row as a batch leaves it; createdAt is null when the member was added before the batch, so that only
     * its status and updated_at change.
     */
    record MemberRow(String status, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    record SetProperty(String key, String value) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.properties.put(key, value);
        }
    }

    record RemoveProperty(String key) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.properties.put(key, null);
        }
    }

    record AddTag(String tag) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.tags.put(tag, true);
        }
    }

    record RemoveTag(String tag) implements RowChange {
        @Override
        public void applyTo(ImageRowChanges image) {
            image.tags.put(tag, false);
        }
    }
}
