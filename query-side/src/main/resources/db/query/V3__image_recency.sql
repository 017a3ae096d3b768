-- When each image last changed, in a narrow table of its own. Every event moves updated_at, and as long as an index
-- of image_metadata covered it, every event rewrote all of that table's indexes; without one, an event that changes
-- only unindexed columns is a heap-only update. Lists sorted or filtered by updated_at join this table instead.
CREATE TABLE image_recency (
    id         TEXT        PRIMARY KEY,
    updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO image_recency (id, updated_at) SELECT id, updated_at FROM image_metadata;
CREATE INDEX image_recency_by_updated ON image_recency (updated_at, id);
DROP INDEX image_metadata_by_updated;
