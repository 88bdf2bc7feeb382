package io.subnetstorage.auth.benchmarks.load;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU spent so far by this JVM and by the whole machine (Linux /proc/stat), taken around the measured
 * part of a step only, so that signing the bodies beforehand is not charged to the requests.
 */
record CpuSample(long generatorNanos, long machineBusyNanos) {

    private static final long NANOS_PER_TICK = 10_000_000L;

    static CpuSample now() {
        long generator = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new CpuSample(generator, machineBusy());
    }

    CpuSample since(CpuSample start) {
        return new CpuSample(generatorNanos - start.generatorNanos, machineBusyNanos - start.machineBusyNanos);
    }

    /** user + nice + system + irq + softirq of the aggregate "cpu" line, or -1 off Linux. */
    private static long machineBusy() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = Long.parseLong(fields[1]) + Long.parseLong(fields[2]) + Long.parseLong(fields[3])
                    + Long.parseLong(fields[6]) + Long.parseLong(fields[7]);
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }
}
