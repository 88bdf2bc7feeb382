-- Attribution (SPEC §9). Each hotkey's stretches on the metagraph, so that "was it a member when it signed?"
-- can be answered for a claim made days ago: opened by the first snapshot that shows the hotkey, closed by
-- the first that no longer does. At most one open stretch per hotkey.
CREATE TABLE miner_membership (
    hotkey    text        NOT NULL,
    joined_at timestamptz NOT NULL,
    left_at   timestamptz,
    CHECK (left_at IS NULL OR left_at >= joined_at)
);
CREATE UNIQUE INDEX miner_membership_open ON miner_membership (hotkey) WHERE left_at IS NULL;
CREATE INDEX miner_membership_hotkey ON miner_membership (hotkey, joined_at);

-- The past as V1-V3 kept it: first_seen to the last departure. A hotkey that left and came back before this
-- migration counts as present in between (the gap was not recorded).
INSERT INTO miner_membership (hotkey, joined_at, left_at)
SELECT hotkey, first_seen, deregistered_at FROM miners;

-- Every attribution accepted, kept for good: the primary key is the nonce, spent permanently. A claim is
-- bound at upload (the PUT signed it into the object's metadata), registered (a receipt was issued), or
-- both; it is settled once its receipt's sidecar is in the store, after which its nonce serves nothing.
CREATE TABLE attributions (
    hotkey            text    NOT NULL,
    nonce             text    NOT NULL,
    file_path         text    NOT NULL,
    message           text    NOT NULL,
    signature         text    NOT NULL,
    bound_at          timestamptz,
    bound_store       text,
    registered_at     bigint,
    store             text,
    etag              text,
    service_key       text,
    service_signature text,
    settled           boolean NOT NULL DEFAULT false,
    PRIMARY KEY (hotkey, nonce),
    CHECK (bound_at IS NOT NULL OR registered_at IS NOT NULL),
    CHECK ((registered_at IS NULL) = (service_signature IS NULL)),
    CHECK (NOT settled OR registered_at IS NOT NULL)
);
-- /verify-attribution: the newest receipt of each named file of a miner.
CREATE INDEX attributions_registered_file ON attributions (hotkey, file_path, registered_at DESC) WHERE registered_at IS NOT NULL;
