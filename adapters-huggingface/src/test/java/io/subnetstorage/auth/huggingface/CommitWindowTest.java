package io.subnetstorage.auth.huggingface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitWindowTest {

    @Test
    void commitsOverTheHourlyLimitWaitForTheOldestToLeaveTheWindow() throws InterruptedException {
        FakeTime time = new FakeTime();
        CommitWindow window = new CommitWindow(2, time);
        window.acquire();
        time.sleep(Duration.ofMinutes(10));
        window.acquire();
        window.acquire();   // the first commit leaves the window 50 minutes from now
        window.acquire();   // the second leaves it 10 minutes after that
        assertEquals(List.of(Duration.ofMinutes(10), Duration.ofMinutes(50), Duration.ofMinutes(10)), time.sleeps());
    }

    @Test
    void commitsSpreadOverMoreThanAnHourNeverWait() throws InterruptedException {
        FakeTime time = new FakeTime();
        CommitWindow window = new CommitWindow(1, time);
        window.acquire();
        time.sleep(Duration.ofMinutes(61));
        window.acquire();
        assertEquals(List.of(Duration.ofMinutes(61)), time.sleeps());
    }
}
