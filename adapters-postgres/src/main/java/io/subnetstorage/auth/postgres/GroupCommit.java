package io.subnetstorage.auth.postgres;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit of ledger rows (ADR 0026): requests recording at the same moment share one transaction, and each
 * caller returns only after the transaction holding its rows has committed. Whoever takes the lock writes every
 * request queued so far; the others find their rows committed when the lock comes to them. A shared transaction
 * that fails on a row (a duplicate id, a bad value) is replayed request by request, so one request's bad row never
 * fails another's, and each request's rows stay all-or-nothing; any other failure (no connection, no privilege) is
 * every request's answer at once, as each would have met it alone.
 */
final class GroupCommit {

    /** Rows of one transaction at most; a request is never split, so one request of more still goes alone. */
    static final int MAX_ROWS = 1000;

    /** Writes the rows of one or more requests in one transaction; returns after the commit. */
    @FunctionalInterface
    interface Writer {
        void write(List<GrantRow> rows, String what);
    }

    private final Writer writer;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock lock = new ReentrantLock();

    GroupCommit(Writer writer) {
        this.writer = writer;
    }

    /** Returns once {@code rows} are committed; throws DependencyUnavailable if they are not. */
    void commit(List<GrantRow> rows, String what) {
        Pending mine = new Pending(rows, what);
        queue.add(mine);
        lock.lock();
        try {
            while (!mine.settled) {
                writeQueued();
            }
        } finally {
            lock.unlock();
        }
        if (mine.failure != null) {
            // As the writer threw it, whichever thread wrote: a DependencyUnavailable for any database failure.
            throw mine.failure;
        }
    }

    /** Under the lock: takes what is queued (up to MAX_ROWS, at least one request) and writes it. */
    private void writeQueued() {
        List<Pending> group = new ArrayList<>();
        List<GrantRow> rows = new ArrayList<>();
        for (Pending next = queue.peek(); next != null; next = queue.peek()) {
            if (!group.isEmpty() && rows.size() + next.rows.size() > MAX_ROWS) {
                break;
            }
            queue.poll();
            group.add(next);
            rows.addAll(next.rows);
        }
        if (group.size() == 1) {
            writeAlone(group.get(0));
            return;
        }
        try {
            writer.write(rows, "recording " + rows.size() + " grants of " + group.size() + " requests");
            group.forEach(pending -> pending.settled = true);
        } catch (RuntimeException sharedFailed) {
            if (causedByARow(sharedFailed)) {
                group.forEach(this::writeAlone);
            } else {
                // No connection, no privilege, a server going down: every request would fail alone as well, and
                // replaying them one by one under the lock would make the last wait for all their timeouts.
                group.forEach(pending -> settle(pending, sharedFailed));
            }
        }
    }

    /** A constraint (23) or data (22) error: one request's row may be the cause, the others may be fine. */
    static boolean causedByARow(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("22"))) {
                return true;
            }
        }
        return false;
    }

    private static void settle(Pending pending, RuntimeException failure) {
        pending.failure = failure;
        pending.settled = true;
    }

    private void writeAlone(Pending pending) {
        try {
            writer.write(pending.rows, pending.what);
        } catch (RuntimeException failed) {
            settle(pending, failed);
            return;
        }
        pending.settled = true;
    }

    /** Read and written under the lock only. */
    private static final class Pending {
        private final List<GrantRow> rows;
        private final String what;
        private boolean settled;
        private RuntimeException failure;

        Pending(List<GrantRow> rows, String what) {
            this.rows = rows;
            this.what = what;
        }
    }
}
