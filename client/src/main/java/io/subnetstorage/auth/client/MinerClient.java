package io.subnetstorage.auth.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Uploads a miner's files into {@code job_id=<id>/} under its granted folder. Files already uploaded
 * with the same content (per the state file) are skipped without asking for a grant; the grant is
 * reused until shortly before it expires; each file is recorded as soon as the store accepts it.
 */
public final class MinerClient {

    public static final Duration DEFAULT_GRANT_MARGIN = Duration.ofMinutes(10);

    private final ServiceClient service;
    private final StateFile state;
    private final GrantCache grants;

    public MinerClient(ServiceClient service, String coldkey, Path stateFile, Duration grantMargin) {
        this.service = service;
        this.state = StateFile.load(stateFile);
        this.grants = new GrantCache(state, service.service() + "|" + service.key().address(), grantMargin, service.clock(),
                () -> service.call(Endpoint.FOLDER_ACCESS, coldkey, null, body -> { }));
    }

    /** The current grant, from the state file while it lasts. */
    public UploadGrant grant() {
        return grants.current();
    }

    public UploadReport upload(String jobId, List<Path> sources, ProgressListener progress) {
        Map<String, Path> files = files(jobId, sources);
        List<String> uploaded = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            String key = entry.getKey();
            try {
                long size = Files.size(entry.getValue());
                String md5 = Transfers.md5Hex(entry.getValue());
                if (state.uploaded(key, size, md5)) {
                    skipped.add(key);
                    continue;
                }
                uploadOne(key, entry.getValue(), size, progress);
                state.markUploaded(key, size, md5, service.clock().instant());
                progress.done(key, size);
                uploaded.add(key);
            } catch (IOException | UncheckedIOException | ClientException e) {
                if (e instanceof ServiceException refused && refused.status() / 100 == 4) {
                    throw refused; // a refused grant (signature, quota, membership) fails every file alike
                }
                failed.put(key, e.getMessage());
            }
        }
        return new UploadReport(List.copyOf(uploaded), List.copyOf(skipped), Map.copyOf(failed));
    }

    private void uploadOne(String key, Path file, long size, ProgressListener progress) throws IOException {
        UploadGrant grant = grants.current();
        if (!grant.isPostForm()) {
            // The service declares PUT for stores without POST policies but has no endpoint for per-object URLs yet.
            throw new ClientException("the grant asks for per-object PUT uploads, which this client cannot obtain from the service");
        }
        if (size < grant.minSize() || size > grant.maxSize()) {
            throw new ClientException(size + " bytes is outside the grant's allowed size " + grant.minSize() + ".." + grant.maxSize());
        }
        HttpResponse<String> response = Transfers.postForm(service.http(), service.retry(), grant, key, file, progress);
        if (response.statusCode() == 403) {
            // An expired policy or a rotated signing key: one fresh grant, one more try.
            grants.invalidate();
            response = Transfers.postForm(service.http(), service.retry(), grants.current(), key, file, progress);
        }
        if (response.statusCode() / 100 != 2) {
            throw new ClientException("store answered " + response.statusCode() + ": " + ServiceClient.abbreviate(response.body()));
        }
    }

    private Map<String, Path> files(String jobId, List<Path> sources) {
        String miner = service.key().address();
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
