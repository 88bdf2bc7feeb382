package io.subnetstorage.auth.bootstrap.jobs;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.subnetstorage.auth.application.mirror.MirrorTopology;
import io.subnetstorage.auth.application.mirror.NewWork;
import io.subnetstorage.auth.application.port.in.mirror.CopyRound;
import io.subnetstorage.auth.application.port.in.mirror.CopyToMirrorUseCase;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.bootstrap.lifecycle.ShutdownSequence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy workers: threads of their own for each store that receives copies ({@link #OBJECT_THREADS} for a
 * store written object by object, one for a store written in batches, whose commits are rationed anyway), so a
 * mirror that is down or slow holds up only its own threads, never another mirror's, a grant or the event loop.
 * Each loops over {@link CopyToMirrorUseCase#copyRound} and waits as the round says. Started with the context,
 * stopped by the {@link ShutdownSequence} with the pools they use.
 */
@Context
@Requires(beans = CopyToMirrorUseCase.class)
class MirrorWorkers {

    /**
     * Copies are round trips more than work, so several run at once; the memory their writes buffer is bounded
     * apart (two writes of MULTIPART_THRESHOLD at a time), so large objects still go a couple at a time.
     */
    static final int OBJECT_THREADS = 4;
    private static final Duration LEDGER_RETRY = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(MirrorWorkers.class);

    private final CopyToMirrorUseCase copy;
    private final NewWork newWork;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    MirrorWorkers(CopyToMirrorUseCase copy, MirrorTopology topology, NewWork newWork, ShutdownSequence shutdown) {
        this.copy = copy;
        this.newWork = newWork;
        // Built after the stores and the database pool, so stopped before them: no copy outlives its clients.
        shutdown.onClose(ShutdownSequence.Stage.POOLS, "mirror copy workers", this::stop);
        for (StoreKind mirror : topology.targets()) {
            int count = topology.store(mirror).objectIo().isPresent() ? OBJECT_THREADS : 1;
            for (int i = 1; i <= count; i++) {
                Thread worker = new Thread(() -> work(mirror), "mirror-" + mirror.label() + "-" + i);
                worker.setDaemon(true);
                threads.add(worker);
                worker.start();
            }
        }
    }

    private void work(StoreKind mirror) {
        boolean failing = false;
        while (running) {
            Duration wait;
            boolean idle = false;
            try {
                CopyRound round = copy.copyRound(mirror);
                wait = round.waitBeforeNext();
                idle = round.claimed() == 0;
                if (failing) {
                    LOG.info("Copies to {} run again", mirror.label());
                    failing = false;
                }
            } catch (RuntimeException e) {
                // The ledger (or a bug): logged once per run of failures, retried shortly.
                if (!failing) {
                    LOG.warn("Copies to {} stopped: {}", mirror.label(), e.toString());
                    failing = true;
                }
                wait = LEDGER_RETRY;
            }
            if (!pause(wait, idle)) {
                return;
            }
        }
    }

    /** Idle workers wake early when this instance records work; a paused mirror's sit out their pause. */
    private boolean pause(Duration wait, boolean idle) {
        if (wait.isZero() || wait.isNegative()) {
            return running;
        }
        try {
            if (idle) {
                newWork.await(wait);
            } else {
                Thread.sleep(wait.toMillis());
            }
            return running;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() throws InterruptedException {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }
}
