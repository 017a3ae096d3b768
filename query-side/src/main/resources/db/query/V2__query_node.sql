-- The query nodes alive now, so that each can take a fair share of the projection's segments.
CREATE TABLE query_node (
    node_id TEXT        PRIMARY KEY,
    seen_at TIMESTAMPTZ NOT NULL
);
