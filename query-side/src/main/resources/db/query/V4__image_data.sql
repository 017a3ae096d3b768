-- What an upload leaves on an image: null until its data is stored. location is the store's name for the bytes,
-- which downloads read and clients never see.
ALTER TABLE image_metadata
    ADD COLUMN size          BIGINT,
    ADD COLUMN virtual_size  BIGINT,
    ADD COLUMN checksum      TEXT,
    ADD COLUMN os_hash_algo  TEXT,
    ADD COLUMN os_hash_value TEXT,
    ADD COLUMN location      TEXT;
-- Lists filter and sort on size, and on checksum (which is as selective as an id).
CREATE INDEX image_metadata_by_size ON image_metadata (size, created_at, id) WHERE status <> 'deleted';
CREATE INDEX image_metadata_by_checksum ON image_metadata (checksum) WHERE status <> 'deleted';
