package io.subnetstorage.auth.bootstrap.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** CPU time (user + system, ms) of the processes whose command line matches, from /proc: who paid for a benchmark. */
final class ProcessCpu {

    private static final long MS_PER_TICK = 10;

    private ProcessCpu() {
    }

    static long millis(Predicate<String> commandLine) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> commandLine.test(read(p.resolve("cmdline")).replace('\0', ' ')))
                    .mapToLong(ProcessCpu::ticks).sum() * MS_PER_TICK;
        } catch (IOException e) {
            return -1;
        }
    }

    static long ownMillis() {
        return ticks(Path.of("/proc/self")) * MS_PER_TICK;
    }

    private static long ticks(Path process) {
        String stat = read(process.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return fields.length > 12 ? Long.parseLong(fields[11]) + Long.parseLong(fields[12]) : 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
