package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A validator's view of miner data: miners, their jobs and files (every page), downloads checked
 * against the listing. Each listing page gets its own signed request: a presigned URL cannot be
 * extended with a continuation token by the client.
 */
public final class ValidatorClient {

    /** The service accepts at most this many keys per {@code /get-file-presigned-urls} request. */
    static final int KEYS_PER_REQUEST = 1000;

    private final ServiceClient service;
    private final Optional<ReadStore> store;

    public ValidatorClient(ServiceClient service) {
        this(service, Optional.empty());
    }

    /** Reads from {@code store} when given; else where the service routes the request (the miner's upload store). */
    public ValidatorClient(ServiceClient service, Optional<ReadStore> store) {
        this.service = service;
        this.store = store;
    }

    private ObjectNode read(ObjectNode body) {
        store.ifPresent(named -> body.put("store", named.wireName()));
        return body;
    }

    /** Hotkeys with a folder in the bucket, from the delimiter listing of {@code data/hotkey=}. */
    public List<String> miners() {
        JsonNode access = service.call(Endpoint.VALIDATOR_ACCESS, null, null, this::read);
        ListPage page = ListObjectsV2.parse(get(access.path("urls").path("miners").path("list_all_miners").asText(), "miner listing"));
        if (page.truncated()) {
            // More folders than one page holds: the service lists them all itself.
            JsonNode folders = service.call(Endpoint.FOLDER_PRESIGNED_URLS, null, null, this::read);
            List<String> all = new ArrayList<>();
            folders.path("folder_urls").fieldNames().forEachRemaining(all::add);
            return all;
        }
        return page.commonPrefixes().stream().filter(prefix -> prefix.startsWith(FolderPrefix.DATA_ROOT) && prefix.endsWith("/"))
                .map(prefix -> prefix.substring(FolderPrefix.DATA_ROOT.length(), prefix.length() - 1)).toList();
    }

    /** Every object in the miner's folder, following continuation tokens to the last page. */
    public List<RemoteObject> files(String miner) {
        List<RemoteObject> objects = new ArrayList<>();
        String token = null;
        do {
            String continuation = token;
            JsonNode page = service.call(Endpoint.MINER_LIST, null, miner, body -> {
                read(body);
                if (continuation != null) {
                    body.put("continuation_token", continuation);
                }
            });
            ListPage listed = ListObjectsV2.parse(get(page.path("list_url").asText(), "listing of " + miner));
            objects.addAll(listed.objects());
            token = listed.truncated() ? listed.nextContinuationToken() : null;
        } while (token != null);
        return List.copyOf(objects);
    }

    /** The miner's files by job id, in job order; files outside any {@code job_id=} folder are left out. */
    public Map<String, List<RemoteObject>> jobs(String miner) {
        Map<String, List<RemoteObject>> byJob = new TreeMap<>();
        for (RemoteObject object : files(miner)) {
            if (object.jobId() != null) {
                byJob.computeIfAbsent(object.jobId(), job -> new ArrayList<>()).add(object);
            }
        }
        return byJob;
    }

    /** Downloads {@code objects} under {@code directory} as {@code job_id=<id>/<file>} and checks each. */
    public List<DownloadedFile> download(String miner, List<RemoteObject> objects, Path directory) {
        String folder = FolderPrefix.ofMiner(io.subnetstorage.auth.domain.identity.Hotkey.of(miner)).value();
        List<DownloadedFile> downloaded = new ArrayList<>();
        for (int from = 0; from < objects.size(); from += KEYS_PER_REQUEST) {
            List<RemoteObject> batch = objects.subList(from, Math.min(objects.size(), from + KEYS_PER_REQUEST));
            JsonNode urls = service.call(Endpoint.FILE_PRESIGNED_URLS, null, miner,
                    body -> {
                        read(body);
                        batch.forEach(object -> body.withArray("file_keys").add(object.key()));
                    });
            for (RemoteObject object : batch) {
                JsonNode url = urls.path("file_urls").path(object.key()).path("presigned_url");
                if (!url.isTextual()) {
                    throw new ClientException("no download URL for " + object.key() + ": invalid "
                            + urls.path("invalid_files") + ", failed " + urls.path("failed_files_details"));
                }
                Path target = target(directory, folder, object.key());
                try {
                    Transfers.download(service.http(), service.retry(), URI.create(url.asText()), target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                downloaded.add(new DownloadedFile(object, target, Integrity.check(object, target)));
            }
        }
        return List.copyOf(downloaded);
    }

    /** Each downloaded file's content judged against its attribution, offline (see {@link AttributedDownloads}). */
    public List<ContentVerdict> checkAttribution(String miner, List<DownloadedFile> files) {
        return new AttributedDownloads(service, store).check(miner, files);
    }

    private static Path target(Path directory, String folder, String key) {
        String relative = key.startsWith(folder) ? key.substring(folder.length()) : key;
        Path base = directory.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new ClientException("refusing to write " + key + " outside " + directory);
        }
        return target;
    }

    private String get(String url, String what) {
        if (url.isEmpty()) {
            throw new ClientException("the service returned no URL for the " + what);
        }
        return Transfers.getText(service.http(), service.retry(), URI.create(url), what);
    }
}
