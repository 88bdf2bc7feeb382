-- Per-object upload grants (SPEC §7): a grant may cover exactly one key of its prefix, and records the HTTP
-- method its URL allows and the size it bounds (exact for a PUT with a size, the range maximum for a form).
ALTER TABLE access_grants
    ADD COLUMN object_key  text,
    ADD COLUMN http_method text CHECK (http_method IN ('GET', 'PUT', 'POST', 'HEAD', 'DELETE')),
    ADD COLUMN size_bound  bigint CHECK (size_bound >= 0),
    -- When the service checked the size of what an unbounded PUT grant let in (REQUIRE_UPLOAD_SIZE).
    ADD COLUMN size_checked_at timestamptz;

-- Per-miner reads follow the store of the miner's latest upload grant.
CREATE INDEX access_grants_latest_upload ON access_grants (principal, issued_at DESC) WHERE 'UPLOAD' = ANY (operations);

-- Unbounded PUT grants whose objects still need a size check once their URL has expired.
CREATE INDEX access_grants_unchecked_puts ON access_grants (expires_at)
    WHERE http_method = 'PUT' AND size_bound IS NULL AND size_checked_at IS NULL;
