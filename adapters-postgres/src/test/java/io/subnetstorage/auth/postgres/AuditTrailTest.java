package io.subnetstorage.auth.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import io.subnetstorage.auth.application.port.out.GrantHistory;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.application.testing.LogCapture;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AuditTrailTest {

    private TestDatabase database;

    @BeforeEach
    void createDatabase() throws Exception {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // were appends to wait for the lock below, they would wait forever
    void appendsDoNotWaitForTheDatabaseAndEveryEventIsPersistedOnceTheContextCloses() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        Instant start = Fixtures.now();
        try (ApplicationContext context = database.start(Map.of())) {
            AuditTrail trail = context.getBean(AuditTrail.class);
            try (Connection blocker = database.connect(); Statement lock = blocker.createStatement()) {
                blocker.setAutoCommit(false);
                // Held until rollback: every INSERT into audit_events waits for it, reads do not.
                lock.execute("LOCK TABLE audit_events IN SHARE MODE");
                for (int i = 0; i < 5_000; i++) {
                    trail.append(i % 5 == 0
                            ? Fixtures.denied(miner.value(), start.plusMillis(i), ReasonCode.REPLAYED)
                            : Fixtures.allowed(miner, start.plusMillis(i)));
                }
                assertEquals(0, database.count("SELECT count(*) FROM audit_events"),
                        "every append returned while no row could be written");
                blocker.rollback();
            }
        }

        assertEquals(5_000, database.count("SELECT count(*) FROM audit_events WHERE hotkey = ?", miner.value()));
        assertEquals(1_000, database.count("SELECT count(*) FROM audit_events WHERE NOT allowed"
                + " AND reason_code = 'REPLAYED' AND role = 'VALIDATOR'"));
    }

    /** A request that raced the stop appends while the trail closes: its event is written, not dropped. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anEventAppendedWhileTheTrailClosesIsStillWritten() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        long dropped;
        try (ApplicationContext context = database.start(Map.of())) {
            PostgresAuditTrail trail = (PostgresAuditTrail) context.getBean(AuditTrail.class);
            try (Connection blocker = database.connect(); Statement lock = blocker.createStatement()) {
                blocker.setAutoCommit(false);
                lock.execute("LOCK TABLE audit_events IN SHARE MODE");
                trail.append(Fixtures.allowed(miner, Fixtures.now()));
                Thread closer = new Thread(() -> {
                    try {
                        trail.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "closer");
                closer.start();
                // close() waits for the writer, held by the lock: the trail is closing now.
                Eventually.until(() -> closer.getState() == Thread.State.TIMED_WAITING, () -> "close() waiting for the writer");
                trail.append(Fixtures.allowed(miner, Fixtures.now()));
                blocker.rollback();
                closer.join();
            }
            dropped = trail.dropped();
        }

        assertEquals(0, dropped);
        assertEquals(2, database.count("SELECT count(*) FROM audit_events WHERE hotkey = ?", miner.value()));
    }

    @Test
    void historyReadsEventsBackNewestFirst() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        Instant at = Fixtures.now();
        AuditEvent allowed = Fixtures.allowed(miner, at);
        AuditEvent denied = Fixtures.denied(miner.value(), at.plusSeconds(1), ReasonCode.DAILY_QUOTA_EXCEEDED);
        try (ApplicationContext context = database.start(Map.of())) {
            context.getBean(AuditTrail.class).append(allowed);
            context.getBean(AuditTrail.class).append(denied);
            context.getBean(AuditTrail.class).append(Fixtures.denied(null, at, ReasonCode.SIGNATURE_INVALID));
        }
        try (ApplicationContext context = database.start(Map.of())) {
            List<AuditEvent> history = context.getBean(GrantHistory.class).auditHistory(miner, 10);

            assertEquals(List.of(denied, allowed), history);
            assertEquals(Optional.of(ReasonCode.DAILY_QUOTA_EXCEEDED), history.get(0).denial());
        }
        assertEquals(1, database.count("SELECT count(*) FROM audit_events WHERE hotkey IS NULL"));
    }

    @Test
    void eventsAppendedDuringAnOutageAreWrittenWhenTheDatabaseIsBack() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        try (ApplicationContext context = database.start(Map.of("ledger.audit.max-backoff", "200ms"));
                LogCapture log = LogCapture.of(PostgresAuditTrail.class)) {
            AuditTrail trail = context.getBean(AuditTrail.class);
            database.goOffline();
            for (int i = 0; i < 300; i++) {
                trail.append(Fixtures.allowed(miner, Fixtures.now()));
            }
            Eventually.until(() -> !log.lines(Level.WARN, "Audit write of").isEmpty(), () -> "a write failing during the outage");
            database.comeBack();
        }

        assertEquals(300, database.count("SELECT count(*) FROM audit_events WHERE hotkey = ?", miner.value()));
    }

    @Test
    void aFullQueueDropsAndCountsWhatItCannotHold() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        long dropped;
        Map<String, Object> smallQueue = Map.of(
                "ledger.audit.queue-capacity", 50, "ledger.audit.batch-size", 20, "ledger.audit.max-backoff", "200ms");
        try (ApplicationContext context = database.start(smallQueue)) {
            PostgresAuditTrail trail = (PostgresAuditTrail) context.getBean(AuditTrail.class);
            database.goOffline();
            for (int i = 0; i < 500; i++) {
                trail.append(Fixtures.allowed(miner, Fixtures.now()));
            }
            dropped = trail.dropped();
            database.comeBack();
        }

        long persisted = database.count("SELECT count(*) FROM audit_events WHERE hotkey = ?", miner.value());
        assertTrue(dropped >= 500 - 50 - 20, "dropped " + dropped);
        assertEquals(500, persisted + dropped, "every event is either persisted or counted as dropped");
    }

    @Test
    void aRowPostgresRefusesIsDroppedWithoutHoldingUpTheRest() throws Exception {
        Hotkey miner = Fixtures.hotkey();
        Instant outOfRange = Instant.parse("+300000-01-01T00:00:00Z");
        long dropped;
        try (ApplicationContext context = database.start(Map.of())) {
            PostgresAuditTrail trail = (PostgresAuditTrail) context.getBean(AuditTrail.class);
            trail.append(Fixtures.allowed(miner, Fixtures.now()));
            trail.append(Fixtures.allowed(miner, outOfRange));
            trail.append(Fixtures.allowed(miner, Fixtures.now()));
            context.stop();
            dropped = trail.dropped();
        }

        assertEquals(1, dropped);
        assertEquals(2, database.count("SELECT count(*) FROM audit_events WHERE hotkey = ?", miner.value()));
    }
}
