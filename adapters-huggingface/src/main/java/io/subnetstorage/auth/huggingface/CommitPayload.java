package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The NDJSON body of one commit: a {@code header} line naming the parent commit, a {@code file} line per
 * regular file (its bytes inline, base64) and an {@code lfsFile} line per LFS file (its oid and size).
 * It is spooled to a temporary file, not held in memory: a hundred regular files of up to 10 MiB each
 * would be a body of 1.3 GB, and a retry sends the same file again.
 */
final class CommitPayload implements AutoCloseable {

    private final Path file;

    private CommitPayload(Path file) {
        this.file = file;
    }

    static CommitPayload write(String summary, String parentCommit, List<CheckedFile> regular, List<CheckedFile> lfs)
            throws IOException {
        Path spool = Files.createTempFile("hf-commit-", ".ndjson");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 64 * 1024);
                JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            json.setRootValueSeparator(new SerializedString("\n"));
            startLine(json, "header");
            json.writeStringField("summary", summary);
            json.writeStringField("description", "");
            json.writeStringField("parentCommit", parentCommit);
            endLine(json);
            for (CheckedFile file : regular) {
                startLine(json, "file");
                json.writeStringField("path", file.path());
                json.writeStringField("encoding", "base64");
                json.writeFieldName("content");
                try (InputStream in = file.file().content().open()) {
                    json.writeBinary(in, (int) file.size());
                }
                endLine(json);
            }
            for (CheckedFile file : lfs) {
                startLine(json, "lfsFile");
                json.writeStringField("path", file.path());
                json.writeStringField("algo", "sha256");
                json.writeStringField("oid", file.sha256());
                json.writeNumberField("size", file.size());
                endLine(json);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        return new CommitPayload(spool);
    }

    /** Every line is {@code {"key": ..., "value": {...}}}. */
    private static void startLine(JsonGenerator json, String key) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", key);
        json.writeObjectFieldStart("value");
    }

    private static void endLine(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeEndObject();
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
