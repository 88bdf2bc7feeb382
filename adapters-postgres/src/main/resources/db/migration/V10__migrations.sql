-- Operator migrations between stores (SPEC §11, ADR 0024): one row per migration, one per object it is about. The
-- counts are read from migration_objects, never kept apart, so they cannot drift from the report.
CREATE TABLE migrations (
    id               uuid        PRIMARY KEY,
    source           text        NOT NULL,
    destination      text        NOT NULL CHECK (destination <> source),
    -- NULL: every miner folder found on the source.
    miners           text[],
    dry_run          boolean     NOT NULL,
    batch_size       integer     NOT NULL CHECK (batch_size BETWEEN 1 AND 10000),
    verify           text        NOT NULL CHECK (verify IN ('etag', 'download')),
    state            text        NOT NULL CHECK (state IN ('queued', 'running', 'paused', 'done', 'failed', 'rolling_back', 'rolled_back')),
    -- Why it is paused or failed: operator, no_credit, access_denied, destination_in_use.
    reason           text,
    -- The source has been listed in full: every object is in migration_objects.
    listed           boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    -- The current run's start and the objects settled then: the rate in GET /operator/migrations/{id}.
    running_since    timestamptz,
    settled_at_start bigint      NOT NULL DEFAULT 0
);

CREATE TABLE migration_objects (
    migration        uuid    NOT NULL REFERENCES migrations (id) ON DELETE CASCADE,
    object_key       text    NOT NULL,
    hotkey           text    NOT NULL,
    -- The source version as listed, then as copied.
    size             bigint  NOT NULL CHECK (size >= 0),
    source_etag      text    NOT NULL,
    state            text    NOT NULL CHECK (state IN ('pending', 'in_flight', 'verified', 'skipped', 'failed', 'would_copy', 'rolled_back')),
    -- This migration wrote the destination's object: what a rollback may delete.
    created          boolean NOT NULL DEFAULT false,
    sha256           text    CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    destination_etag text,
    error            text,
    PRIMARY KEY (migration, object_key)
);
-- A run's next batch: the objects still open, by key.
CREATE INDEX migration_objects_open ON migration_objects (migration, object_key) WHERE state IN ('pending', 'in_flight');
