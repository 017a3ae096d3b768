-- The projects each image is shared with, and their answers (pending, accepted, rejected).
CREATE TABLE image_member (
    image_id   TEXT        NOT NULL,
    member     TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (image_id, member)
);
-- A project's list looks up the images shared with it.
CREATE INDEX image_member_by_member ON image_member (member, status, image_id);
