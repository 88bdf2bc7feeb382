package io.subnetstorage.auth.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/**
 * {@code miners}, changed only by reconciling with a metagraph snapshot. Native SQL: an upsert and a
 * set-wide update are what a snapshot means, and neither has a derived-method form. No method deletes.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MinerRepository extends GenericRepository<MinerRow, String> {

    /** Every hotkey of the snapshot active (again) in one statement; the arrays are parallel. */
    @Query("INSERT INTO miners (hotkey, coldkey, uid, status, first_seen, last_seen)"
            + " SELECT hotkey, coldkey, uid, 'active', :now, :now"
            + " FROM unnest(CAST(:hotkeys AS text[]), CAST(:coldkeys AS text[]), CAST(:uids AS integer[]))"
            + " AS neuron (hotkey, coldkey, uid)"
            + " ON CONFLICT (hotkey) DO UPDATE SET coldkey = EXCLUDED.coldkey, uid = EXCLUDED.uid,"
            + " status = 'active', last_seen = EXCLUDED.last_seen, deregistered_at = NULL, deregistered_reason = NULL")
    void upsertActive(@TypeDef(type = DataType.STRING_ARRAY) String[] hotkeys,
            @TypeDef(type = DataType.STRING_ARRAY) String[] coldkeys,
            @TypeDef(type = DataType.INTEGER_ARRAY) Integer[] uids,
            Instant now);

    /** Active hotkeys not in {@code present} leave; returns how many did. */
    @Query("UPDATE miners SET status = 'deregistered', deregistered_at = :now, deregistered_reason = :reason"
            + " WHERE status = 'active' AND NOT (hotkey = ANY (CAST(:present AS text[])))")
    int deregisterAllBut(@TypeDef(type = DataType.STRING_ARRAY) String[] present, Instant now, String reason);
}
