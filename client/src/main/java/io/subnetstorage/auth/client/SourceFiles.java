package io.subnetstorage.auth.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files a miner named (files, or folders walked without their hidden files), by the key each becomes. */
final class SourceFiles {

    private SourceFiles() {
    }

    static Map<String, Path> byKey(String miner, String jobId, List<Path> sources) {
        Map<String, Path> byKey = new LinkedHashMap<>();
        for (Path source : sources) {
            for (Path file : regularFiles(source)) {
                String key = ObjectKeys.key(miner, jobId, file.getFileName().toString());
                Path previous = byKey.putIfAbsent(key, file);
                if (previous != null) {
                    throw new ClientException("two files would both be " + key + ": " + previous + " and " + file);
                }
            }
        }
        return byKey;
    }

    private static List<Path> regularFiles(Path source) {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new ClientException("no such file or folder: " + source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
