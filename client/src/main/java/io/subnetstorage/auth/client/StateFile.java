package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The miner's local state, as the seeds' S3MinerStorage kept it: the cached folder grant per service and
 * hotkey (quotas allow a few dozen grants a day) and every object uploaded with its size and MD5, so an
 * interrupted batch resumes where it stopped. Per-object PUT grants are kept in a file of their own
 * ({@link ObjectGrantCache}): rewriting a thousand of them with every uploaded file would be slow. Saved after every change by write-then-rename: a crash
 * leaves the old file or the new one, never half of one.
 */
final class StateFile {

    private final Path path;
    private final ObjectNode root;

    private StateFile(Path path, ObjectNode root) {
        this.path = path;
        this.root = root;
    }

    static StateFile load(Path path) {
        if (!Files.exists(path)) {
            return new StateFile(path, ServiceClient.JSON.createObjectNode());
        }
        try {
            JsonNode read = ServiceClient.JSON.readTree(path.toFile());
            if (!(read instanceof ObjectNode object)) {
                throw new ClientException("state file " + path + " is not a JSON object");
            }
            return new StateFile(path, object);
        } catch (IOException e) {
            throw new ClientException("cannot read state file " + path + ": " + e.getMessage(), e);
        }
    }

    Optional<JsonNode> grant(String id) {
        return Optional.ofNullable(root.path("grants").get(id));
    }

    void putGrant(String id, JsonNode response) {
        object("grants").set(id, response);
        save();
    }

    void dropGrant(String id) {
        object("grants").remove(id);
        save();
    }

    /** The per-object grants kept for {@code id}, to read and change in place; {@link #save()} writes them. */
    ObjectNode objectGrants(String id) {
        return object(object("object_grants"), id);
    }

    /** Uploaded before with the same content: same size and same MD5. */
    boolean uploaded(String key, long size, String md5) {
        JsonNode entry = root.path("uploaded").path(key);
        return entry.path("size").asLong(-1) == size && md5.equals(entry.path("md5").asText());
    }

    void markUploaded(String key, long size, String md5, Instant at) {
        ObjectNode entry = object("uploaded").putObject(key);
        entry.put("size", size);
        entry.put("md5", md5);
        entry.put("uploaded_at", at.toString());
        save();
    }

    private ObjectNode object(String name) {
        return object(root, name);
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }

    void save() {
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, path.getFileName().toString(), ".tmp");
            ServiceClient.JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
            try {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ClientException("cannot write state file " + path + ": " + e.getMessage(), e);
        }
    }
}
