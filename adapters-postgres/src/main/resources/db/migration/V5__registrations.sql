-- Miners' registrations with the service (SPEC §8), apart from metagraph membership (table miners).
CREATE TABLE registrations (
    hotkey          text        PRIMARY KEY,
    coldkey         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('registered', 'deregistered', 'archived')),
    bucket          text        NOT NULL,
    registered_at   timestamptz NOT NULL,
    deregistered_at timestamptz,
    reason          text,
    -- When the miner was first seen missing from an accepted snapshot while registered.
    absent_since    timestamptz,
    cleanup_at      timestamptz,
    archived_at     timestamptz,
    CHECK ((status = 'archived') = (archived_at IS NOT NULL))
);
CREATE INDEX registrations_due ON registrations (cleanup_at) WHERE status <> 'archived' AND cleanup_at IS NOT NULL;

-- Sizes of accepted metagraph snapshots: a snapshot far smaller than a day earlier changes no registration.
CREATE TABLE metagraph_history (
    at      timestamptz NOT NULL,
    netuid  integer     NOT NULL,
    neurons integer     NOT NULL CHECK (neurons >= 0),
    PRIMARY KEY (netuid, at)
);
