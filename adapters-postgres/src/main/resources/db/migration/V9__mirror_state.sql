-- Mirrors (SPEC §10, ADR 0022): the state of every (mirror, key), shared by every instance. mirror and source are
-- store names; size and etag are the source version the row is about (a new version makes the row pending again).
CREATE TABLE mirror_objects (
    mirror          text        NOT NULL,
    object_key      text        NOT NULL,
    hotkey          text        NOT NULL,
    source          text        NOT NULL CHECK (source <> mirror),
    state           text        NOT NULL CHECK (state IN ('pending', 'copied', 'verified', 'failed', 'conflict')),
    size            bigint      NOT NULL CHECK (size >= 0),
    etag            text        NOT NULL,
    -- Computed while copying: the bytes' SHA-256 (the Hub's LFS oid).
    sha256          text        CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      text,
    -- When a worker may take it next: now for new work, a backoff after a failure, a day after a conflict, the lease's
    -- end while claimed.
    next_attempt_at timestamptz NOT NULL,
    -- The claim that holds it: only its holder may settle it.
    lease           uuid,
    discovered_at   timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (mirror, object_key)
);
-- Claims: a mirror's due work (and conflicts due a second look), the longest due first.
CREATE INDEX mirror_objects_due ON mirror_objects (mirror, next_attempt_at) WHERE state IN ('pending', 'copied', 'failed', 'conflict');
-- Lag: how many objects a mirror still lacks, and since when.
CREATE INDEX mirror_objects_waiting ON mirror_objects (mirror, discovered_at) WHERE state IN ('pending', 'copied', 'failed');
CREATE INDEX mirror_objects_conflicts ON mirror_objects (mirror) WHERE state = 'conflict';
-- Scans: everything tracked for one miner.
CREATE INDEX mirror_objects_hotkey ON mirror_objects (hotkey);

-- Who was granted uploads to which store and until when, kept from access_grants by the grant follower: the
-- miners every full scan lists, and the stores that were upload stores (sources until drained).
CREATE TABLE mirror_uploaders (
    hotkey        text        NOT NULL,
    store         text        NOT NULL,
    last_grant_at timestamptz NOT NULL,
    uploads_until timestamptz NOT NULL,
    PRIMARY KEY (hotkey, store)
);

-- When a full scan last found every object of a former upload store on its targets.
CREATE TABLE mirror_sources (
    store      text        PRIMARY KEY,
    drained_at timestamptz NOT NULL
);

-- Where each mirror job stands across instances: the start of the last full scan, how far grants were followed.
CREATE TABLE mirror_marks (
    job text        PRIMARY KEY,
    at  timestamptz NOT NULL
);

-- The grant follower reads upload grants by time of issue.
CREATE INDEX access_grants_uploads_issued ON access_grants (issued_at) WHERE 'UPLOAD' = ANY (operations);
