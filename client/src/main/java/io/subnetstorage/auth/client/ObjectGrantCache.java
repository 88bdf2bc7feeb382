package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The per-object PUT grants a folder answer handed out, kept until they expire: each one cost the miner one of
 * its daily object URLs, so a run that stops half way leaves the rest to the next run. A grant is reused only for
 * the content it was asked for (same size and SHA-256: both are signed into it) and until {@code margin} before it
 * expires; one received in this run is used until it expires. They live in a file next to the state file
 * ({@link #fileFor}), written when grants arrive or are refused, not with every upload.
 */
final class ObjectGrantCache {

    private final StateFile file;
    private final String id;
    private final Duration margin;
    private final Clock clock;
    private final Set<String> receivedNow = new HashSet<>();

    ObjectGrantCache(StateFile file, String id, Duration margin, Clock clock) {
        this.file = file;
        this.id = id;
        this.margin = margin;
        this.clock = clock;
    }

    /** {@code miner-state.json} keeps its object grants in {@code miner-state.json.object-grants}. */
    static Path fileFor(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".object-grants");
    }

    Optional<ObjectUploadGrant> usable(LocalFile local) {
        return Optional.ofNullable(file.objectGrants(id).get(local.key()))
                .filter(entry -> entry.path("size").asLong(-1) == local.size() && local.sha256().equals(entry.path("sha256").asText()))
                .map(ObjectUploadGrant::fromJson)
                .filter(grant -> grant.usableAt(clock.instant(), receivedNow.contains(local.key()) ? Duration.ZERO : margin));
    }

    /** Keeps the {@code uploads} of a folder answer for the files it announced, and forgets expired grants. */
    void store(JsonNode uploads, List<LocalFile> announced) {
        ObjectNode grants = file.objectGrants(id);
        Instant now = clock.instant();
        List<String> expired = grants.properties().stream()
                .filter(entry -> !Instant.parse(entry.getValue().path("expires_at").asText(now.toString())).isAfter(now))
                .map(Map.Entry::getKey).toList();
        grants.remove(expired);
        for (LocalFile local : announced) {
            JsonNode upload = uploads.get(local.key());
            if (upload != null) {
                ObjectNode entry = ObjectUploadGrant.fromFolderUpload(local.key(), upload, now).toJson();
                entry.put("size", local.size());
                entry.put("sha256", local.sha256());
                grants.set(local.key(), entry);
                receivedNow.add(local.key());
            }
        }
        file.save();
    }

    /** Forgets a grant the store or this client refused: the next run asks for a new one. */
    void drop(String key) {
        if (file.objectGrants(id).remove(key) != null) {
            file.save();
        }
    }
}
