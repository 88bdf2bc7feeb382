package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.subnetstorage.auth.application.testing.Eventually;
import io.subnetstorage.auth.bootstrap.support.FakeHippiusServer;
import io.subnetstorage.auth.bootstrap.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two service instances (two application contexts on one database) share one backlog of a few hundred objects:
 * every object reaches Hippius, and Hippius saw exactly one PUT per object, so none was copied twice.
 */
class MirrorTwoInstancesTest {

    static final int MINERS = 3;
    static final int PER_MINER = 100;

    @Test
    void twoInstancesCopyOneBacklogWithNoObjectCopiedTwice() throws Exception {
        MirrorBacklog backlog = new MirrorBacklog(MINERS);
        backlog.seed(PER_MINER, 64);
        try (TestDatabase database = TestDatabase.create(); FakeHippiusServer hippius = FakeHippiusServer.start("mirror-two")) {
            Map<String, Object> properties = backlog.instance(database, hippius);
            try (ApplicationContext first = ApplicationContext.run(properties);
                    ApplicationContext second = ApplicationContext.run(properties)) {
                long total = MINERS * PER_MINER;
                Eventually.until(() -> MirrorRows.count(database, "mirror = 'hippius' AND state = 'verified'") == total,
                        () -> MirrorRows.count(database, "mirror = 'hippius' AND state = 'verified'") + " of " + total + " verified");

                assertEquals(total, MirrorRows.count(database, "mirror = 'hippius'"));
                assertEquals(total, MirrorBacklog.successfulPuts(hippius), "one PUT per object on Hippius");
                double byFirst = MirrorBacklog.copies(first);
                double bySecond = MirrorBacklog.copies(second);
                assertEquals(total, byFirst + bySecond, "copies counted by the instances: " + byFirst + " + " + bySecond);
                // Which instance took how much depends on timing, so it is shown, not asserted.
                System.out.printf("MirrorTwoInstancesTest: the first instance copied %.0f objects, the second %.0f%n", byFirst, bySecond);
            }
        }
    }
}
