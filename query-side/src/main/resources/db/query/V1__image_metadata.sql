-- The image_metadata projection: one row per image, deleted ones included (status 'deleted'), plus one
-- table each for the open-ended custom properties and tags. Every row carries the version (sequence number)
-- and global position of the last event applied to it.
CREATE TABLE image_metadata (
    id               TEXT        PRIMARY KEY,
    name             TEXT,
    disk_format      TEXT,
    container_format TEXT,
    visibility       TEXT        NOT NULL,
    protected        BOOLEAN     NOT NULL,
    os_hidden        BOOLEAN     NOT NULL,
    min_ram          BIGINT      NOT NULL,
    min_disk         BIGINT      NOT NULL,
    owner            TEXT,
    status           TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL,
    position         BIGINT      NOT NULL
);

CREATE TABLE image_property (
    image_id TEXT NOT NULL,
    key      TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (image_id, key)
);

CREATE TABLE image_tag (
    image_id TEXT NOT NULL,
    tag      TEXT NOT NULL,
    PRIMARY KEY (image_id, tag)
);

-- List indexes cover listed rows only (every list query says status <> 'deleted'). Each filterable column
-- leads an index that ends in the default sort order (created_at, id), so a filter plus the default sort plus
-- a marker is one index range scan.
CREATE INDEX image_metadata_by_created ON image_metadata (created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_updated ON image_metadata (updated_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_name ON image_metadata (name, created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_owner ON image_metadata (owner, created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_status ON image_metadata (status, created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_visibility ON image_metadata (visibility, created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_disk_format ON image_metadata (disk_format, created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_container_format
    ON image_metadata (container_format, created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_min_ram ON image_metadata (min_ram, created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_min_disk ON image_metadata (min_disk, created_at, id) WHERE status <> 'deleted';
-- The rare true values of the two flags get their own small indexes.
CREATE INDEX image_metadata_hidden ON image_metadata (created_at, id) WHERE os_hidden AND status <> 'deleted';
CREATE INDEX image_metadata_protected ON image_metadata (created_at, id) WHERE protected AND status <> 'deleted';

-- Values may be 64 KiB, beyond what a b-tree entry can hold: look them up by digest, then compare the value.
CREATE INDEX image_property_by_value ON image_property (key, md5(value));
CREATE INDEX image_tag_by_tag ON image_tag (tag, image_id);
