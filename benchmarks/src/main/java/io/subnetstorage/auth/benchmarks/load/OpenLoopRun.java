package io.subnetstorage.auth.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: request i is due at start + i / rate whatever happened to earlier ones, and its latency
 * is measured from that due time, not from when a connection was free to send it. A slow server therefore
 * shows up as queueing in the percentiles instead of silently lowering the offered rate (coordinated
 * omission). Requests still queued when the drain time is over are counted as unsent.
 */
final class OpenLoopRun {

    private static final long NO_MORE = -1;

    private final InetSocketAddress target;
    private final int connections;
    private final Duration drain;

    OpenLoopRun(InetSocketAddress target, int connections, Duration drain) {
        this.target = target;
        this.connections = connections;
        this.drain = drain;
    }

    RunResult run(String name, Requests requests, double rate, Duration duration) throws InterruptedException {
        long count = Math.round(rate * duration.toNanos() / 1e9);
        double intervalNanos = 1e9 / rate;
        BlockingQueue<Long> due = new LinkedBlockingQueue<>();
        List<Tally> tallies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Tally tally = new Tally();
            tallies.add(tally);
            workers.add(Workers.start("load-" + i, () -> work(requests, due, tally)));
        }
        CpuSample cpuStart = CpuSample.now();
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long dueAt = start + (long) (i * intervalNanos);
            long wait = dueAt - System.nanoTime();
            if (wait > 20_000) {
                LockSupport.parkNanos(wait - 10_000);
            }
            while (System.nanoTime() < dueAt) {
                Thread.onSpinWait();
            }
            due.add(dueAt);
        }
        for (int i = 0; i < connections; i++) {
            due.add(NO_MORE);
        }
        long deadline = System.nanoTime() + drain.toNanos();
        for (Thread worker : workers) {
            worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        Tally total = new Tally();
        total.lastCompletionNanos = start;
        tallies.forEach(total::add);
        for (Long left = due.poll(); left != null; left = due.poll()) {
            if (left != NO_MORE) {
                total.byStatus[Tally.UNSENT]++;
            }
        }
        workers.forEach(Thread::interrupt);
        double seconds = Math.max(duration.toNanos(), total.lastCompletionNanos - start) / 1e9;
        return new RunResult(name, "open", rate, seconds, total, CpuSample.now().since(cpuStart));
    }

    private void work(Requests requests, BlockingQueue<Long> due, Tally tally) {
        try (HttpConnection connection = new HttpConnection(target, 10_000)) {
            for (long dueAt = due.take(); dueAt != NO_MORE; dueAt = due.take()) {
                byte[] request = requests.next();
                if (request == null) {
                    tally.record(Tally.EXHAUSTED, 0);
                    continue;
                }
                int status;
                try {
                    status = connection.exchange(request);
                } catch (IOException e) {
                    status = Tally.IO_ERROR;
                }
                tally.record(status, System.nanoTime() - dueAt);
                tally.bodyBytes = connection.bodyBytes();
            }
        } catch (InterruptedException drainOver) {
            Thread.currentThread().interrupt();
        }
    }
}
