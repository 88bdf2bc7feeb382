-- What the size check (SPEC §7) found for a PUT grant without a size bound, once its URL had expired:
-- 'ok' (within 1024-5368709120 bytes, kept), 'absent' (nothing there), 'deleted' (outside the range, so the
-- service deleted it), with the size it found. size_checked_at (V3) says when; the three are set together.
ALTER TABLE access_grants
    ADD COLUMN size_check text CHECK (size_check IN ('ok', 'absent', 'deleted')),
    ADD COLUMN size_found bigint CHECK (size_found >= 0),
    ADD CONSTRAINT access_grants_size_check_whole CHECK (
        (size_check IS NULL) = (size_checked_at IS NULL)
        AND (size_found IS NULL) = (size_check IS NULL OR size_check = 'absent'));
