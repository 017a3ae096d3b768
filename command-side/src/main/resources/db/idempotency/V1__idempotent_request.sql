-- The answer to each write sent with an Idempotency-Key, stored in the transaction that appended its events, so that
-- a retry of the same request gets the same answer and appends nothing.
CREATE TABLE idempotent_request (
    project         TEXT         NOT NULL,
    idempotency_key TEXT         NOT NULL,
    fingerprint     BYTEA        NOT NULL,
    status          SMALLINT     NOT NULL,
    image_id        VARCHAR(255) NOT NULL,
    version         BIGINT       NOT NULL,
    with_etag       BOOLEAN      NOT NULL,
    location        TEXT,
    body            BYTEA,
    answered_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (project, idempotency_key)
);

CREATE INDEX idempotent_request_answered_at ON idempotent_request (answered_at);
