-- Miners follow the metagraph. Rows are never deleted: a hotkey that left the subnet is marked
-- deregistered, so grants and audit rows that name it still resolve to a miner.
CREATE TABLE miners (
    hotkey              text        PRIMARY KEY,
    coldkey             text        NOT NULL,
    uid                 integer     NOT NULL,
    status              text        NOT NULL CHECK (status IN ('active', 'deregistered')),
    first_seen          timestamptz NOT NULL,
    last_seen           timestamptz NOT NULL,
    deregistered_at     timestamptz,
    deregistered_reason text,
    CHECK ((status = 'deregistered') = (deregistered_at IS NOT NULL))
);

-- Every grant handed out. A store cannot revoke a presigned URL, so this row (with the access key that
-- signed it) is what an operator has when a grant must be traced or its key rotated.
CREATE TABLE access_grants (
    id             uuid        PRIMARY KEY,
    principal      text        NOT NULL,
    role           text        NOT NULL CHECK (role IN ('MINER', 'VALIDATOR')),
    backend        text        NOT NULL,
    bucket         text        NOT NULL,
    prefix         text        NOT NULL,
    operations     text[]      NOT NULL CHECK (cardinality(operations) > 0),
    issued_at      timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL CHECK (expires_at >= issued_at),
    signing_key_id text        NOT NULL,
    request_id     text        NOT NULL,
    endpoint       text        NOT NULL,
    client_address text        NOT NULL
);
CREATE INDEX access_grants_principal_expires ON access_grants (principal, expires_at);
CREATE INDEX access_grants_principal_issued ON access_grants (principal, issued_at DESC);

-- Allowed and denied requests. hotkey is the claimed signer as text: a denied request may carry junk.
CREATE TABLE audit_events (
    id             bigserial   PRIMARY KEY,
    at             timestamptz NOT NULL,
    request_id     text        NOT NULL,
    endpoint       text        NOT NULL,
    client_address text        NOT NULL,
    role           text        NOT NULL,
    hotkey         text,
    allowed        boolean     NOT NULL,
    reason_code    text,
    CHECK (allowed = (reason_code IS NULL))
);

-- Hotkeys revoked right now; reinstating deletes the row.
CREATE TABLE revocations (
    hotkey     text        PRIMARY KEY,
    reason     text        NOT NULL,
    revoked_by text        NOT NULL,
    revoked_at timestamptz NOT NULL
);
