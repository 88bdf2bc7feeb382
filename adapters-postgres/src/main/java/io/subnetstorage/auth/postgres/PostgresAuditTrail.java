package io.subnetstorage.auth.postgres;

import io.micronaut.context.annotation.Value;
import io.subnetstorage.auth.application.port.out.AuditEvent;
import io.subnetstorage.auth.application.port.out.AuditTrail;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit events go into a bounded queue that one background thread drains in batches, so a request never
 * waits for, or fails because of, the database. While PostgreSQL is down the thread retries the same batch
 * with backoff; events are dropped (and counted) only when the queue overflows. Closing the context flushes
 * the queue, waiting up to {@code ledger.audit.shutdown-timeout} for the database.
 *
 * <p>Under load the thread lets a batch gather for {@code ledger.audit.linger} before writing it: without that
 * pause it wakes for every few events, and each tiny INSERT costs PostgreSQL a statement and a WAL flush.
 */
@Singleton
class PostgresAuditTrail implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresAuditTrail.class);
    private static final long IDLE_POLL_MILLIS = 100;

    private final BlockingQueue<AuditEvent> queue;
    private final AuditBatchWriter writer;
    private final int batchSize;
    private final Duration shutdownTimeout;
    private final Duration linger;
    private final RetryBackoff backoff;
    private final LongAdder dropped = new LongAdder();
    private final Thread drainer;
    private volatile long closeDeadlineNanos;
    private volatile boolean closing;
    /** Set once the last events are written: what arrives later cannot be. */
    private volatile boolean closed;

    PostgresAuditTrail(
            Transactions transactions,
            @Value("${ledger.audit.queue-capacity:10000}") int queueCapacity,
            @Value("${ledger.audit.batch-size:500}") int batchSize,
            @Value("${ledger.audit.shutdown-timeout:10s}") Duration shutdownTimeout,
            @Value("${ledger.audit.max-backoff:5s}") Duration maxBackoff,
            @Value("${ledger.audit.linger:20ms}") Duration linger) {
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.writer = new AuditBatchWriter(transactions);
        // PostgreSQL allows 65535 bind parameters per statement; a row has 8.
        this.batchSize = Math.max(1, Math.min(batchSize, 4000));
        this.shutdownTimeout = shutdownTimeout;
        this.linger = linger.isNegative() ? Duration.ZERO : linger;
        this.backoff = new RetryBackoff(Duration.ofMillis(50), maxBackoff);
        this.drainer = new Thread(this::drain, "audit-trail-writer");
        this.drainer.setDaemon(true);
        this.drainer.start();
    }

    @Override
    public void append(AuditEvent event) {
        if (closed || !queue.offer(event)) {
            dropped.increment();
            if (Long.bitCount(dropped.sum()) == 1) {
                LOG.warn("Audit queue full or closed: {} events dropped so far", dropped.sum());
            }
        }
    }

    /** Events lost because the queue was full, the context was closing, or PostgreSQL refused them. */
    long dropped() {
        return dropped.sum();
    }

    @PreDestroy
    void close() throws InterruptedException {
        closeDeadlineNanos = System.nanoTime() + shutdownTimeout.toNanos();
        closing = true;
        drainer.join(shutdownTimeout.plusSeconds(1).toMillis());
        if (drainer.isAlive()) {
            LOG.error("Audit writer did not finish within {}", shutdownTimeout);
            return;
        }
        // A request that raced the stop may have appended after the writer's last look: written here, while the
        // database is still there. Whatever lands after this is counted and logged, never silently lost.
        closed = true;
        writeLeftovers();
        int late = queue.size();
        if (late > 0) {
            queue.clear();
            dropped.add(late);
            LOG.warn("{} audit events arrived after the audit trail closed; dropped", late);
        }
    }

    private void writeLeftovers() {
        List<AuditEvent> rest = new ArrayList<>(batchSize);
        while (queue.drainTo(rest, batchSize) > 0) {
            try {
                write(rest);
            } catch (SQLException | RuntimeException e) {
                dropped.add(rest.size());
                LOG.error("Audit write of {} events failed at shutdown; they are lost: {}", rest.size(), e.getMessage());
            }
            rest.clear();
        }
    }

    private void drain() {
        List<AuditEvent> batch = new ArrayList<>(batchSize);
        while (true) {
            if (batch.isEmpty() && !takeBatch(batch)) {
                return;
            }
            try {
                write(batch);
                batch.clear();
                backoff.reset();
            } catch (SQLException | RuntimeException e) {
                if (closing && System.nanoTime() - closeDeadlineNanos > 0) {
                    giveUp(batch, e);
                    return;
                }
                LOG.warn("Audit write of {} events failed, retrying: {}", batch.size(), e.getMessage());
                pause(backoff.next());
            }
        }
    }

    /** Writes {@code batch}; events PostgreSQL refuses for their content are dropped, counted and logged. */
    private void write(List<AuditEvent> batch) throws SQLException {
        long rejected = writer.write(batch);
        if (rejected > 0) {
            dropped.add(rejected);
            LOG.error("PostgreSQL refused {} audit events for their content; they are dropped", rejected);
        }
    }

    /** Fills {@code batch} from the queue; false once closing and nothing is left. */
    private boolean takeBatch(List<AuditEvent> batch) {
        while (queue.isEmpty()) {
            if (closing) {
                return false;
            }
            try {
                AuditEvent first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (!closing && batch.size() + queue.size() < batchSize && !linger.isZero()) {
            pause(linger);
        }
        queue.drainTo(batch, batchSize - batch.size());
        return true;
    }

    private void giveUp(List<AuditEvent> batch, Exception cause) {
        long lost = batch.size() + queue.size();
        queue.clear();
        dropped.add(lost);
        LOG.error("PostgreSQL unreachable at shutdown: {} audit events lost", lost, cause);
    }

    private void pause(Duration duration) {
        long remaining = closing ? Math.max(0, closeDeadlineNanos - System.nanoTime()) : Long.MAX_VALUE;
        try {
            TimeUnit.NANOSECONDS.sleep(Math.min(duration.toNanos(), remaining));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
