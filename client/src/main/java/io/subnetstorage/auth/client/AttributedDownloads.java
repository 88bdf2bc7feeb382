package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a validator's download adds with attribution (SPEC §9): for each file, the receipt's sidecar fetched
 * from the store and the service's keys from {@code /attribution-key}, then {@link OfflineAttributionCheck}
 * over the bytes on disk. The service's own verdict is not trusted for the content: it never reads the bytes.
 */
public final class AttributedDownloads {

    private final ServiceClient service;
    private final AttributionClient attribution;
    private final Optional<ReadStore> store;

    public AttributedDownloads(ServiceClient service) {
        this(service, Optional.empty());
    }

    /** Asks about the receipts on {@code store} when named: the store the files were downloaded from. */
    public AttributedDownloads(ServiceClient service, Optional<ReadStore> store) {
        this.service = service;
        this.attribution = new AttributionClient(service);
        this.store = store;
    }

    public List<ContentVerdict> check(String miner, List<DownloadedFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        Map<String, JsonNode> known = attribution.verify(miner, files.stream().map(file -> file.remote().key()).toList(), store);
        List<String> trusted = attribution.serviceKeys();
        List<ContentVerdict> verdicts = new ArrayList<>();
        for (DownloadedFile file : files) {
            String key = file.remote().key();
            JsonNode sidecarUrl = known.getOrDefault(key, ServiceClient.JSON.nullNode()).path("sidecar_url");
            if (!sidecarUrl.isTextual()) {
                verdicts.add(new ContentVerdict(key, file.path(), ContentVerdict.UNATTRIBUTED, List.of("no receipt")));
                continue;
            }
            JsonNode receipt;
            try {
                receipt = ServiceClient.JSON.readTree(Transfers.getText(service.http(), service.retry(), URI.create(sidecarUrl.asText()),
                        "receipt of " + key));
            } catch (IOException | ClientException unreadable) {
                verdicts.add(new ContentVerdict(key, file.path(), ContentVerdict.MISMATCH, List.of("receipt unreadable: " + unreadable.getMessage())));
                continue;
            }
            verdicts.add(OfflineAttributionCheck.check(file.path(), miner, key, receipt, trusted));
        }
        return verdicts;
    }
}
