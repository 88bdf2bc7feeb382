-- V1 kept only the current revocations, so a reinstatement erased who had revoked the hotkey and why.
-- From V2 every revoke and reinstate is also appended here; current revocations are carried over.
CREATE TABLE revocation_history (
    id     bigserial   PRIMARY KEY,
    hotkey text        NOT NULL,
    action text        NOT NULL CHECK (action IN ('revoked', 'reinstated')),
    reason text,
    actor  text        NOT NULL,
    at     timestamptz NOT NULL
);
CREATE INDEX revocation_history_hotkey ON revocation_history (hotkey, at);

INSERT INTO revocation_history (hotkey, action, reason, actor, at)
SELECT hotkey, 'revoked', reason, revoked_by, revoked_at FROM revocations;

-- An operator's "what did this hotkey do" reads the audit trail by hotkey, newest first.
CREATE INDEX audit_events_hotkey_at ON audit_events (hotkey, at DESC) WHERE hotkey IS NOT NULL;

-- When an access key leaks or is rotated: which grants did it sign, and which are still live?
CREATE INDEX access_grants_signing_key_expires ON access_grants (signing_key_id, expires_at);
