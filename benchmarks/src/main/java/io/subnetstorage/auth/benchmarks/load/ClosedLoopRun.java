package io.subnetstorage.auth.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Maximum throughput: each connection sends its next request as soon as the previous answer arrives.
 * Latencies here are service times under saturation, not latency at an offered rate; the open-loop
 * steps give those.
 */
final class ClosedLoopRun {

    private final InetSocketAddress target;
    private final int connections;

    ClosedLoopRun(InetSocketAddress target, int connections) {
        this.target = target;
        this.connections = connections;
    }

    RunResult run(String name, Requests requests, Duration duration) throws InterruptedException {
        CpuSample cpuStart = CpuSample.now();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Tally> tallies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Tally tally = new Tally();
            tallies.add(tally);
            workers.add(Workers.start("max-" + i, () -> work(requests, end, tally)));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        Tally total = new Tally();
        tallies.forEach(total::add);
        return new RunResult(name, "closed x" + connections, 0, (total.lastCompletionNanos - start) / 1e9, total,
                CpuSample.now().since(cpuStart));
    }

    private void work(Requests requests, long end, Tally tally) {
        try (HttpConnection connection = new HttpConnection(target, 10_000)) {
            while (System.nanoTime() < end) {
                byte[] request = requests.next();
                if (request == null) {
                    tally.record(Tally.EXHAUSTED, 0);
                    return;
                }
                long sent = System.nanoTime();
                int status;
                try {
                    status = connection.exchange(request);
                } catch (IOException e) {
                    status = Tally.IO_ERROR;
                }
                tally.record(status, System.nanoTime() - sent);
                tally.bodyBytes = connection.bodyBytes();
            }
        }
    }
}
