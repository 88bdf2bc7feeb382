package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subnetstorage.auth.bittensor.identity.DevKeys;
import io.subnetstorage.auth.client.MinerClient;
import io.subnetstorage.auth.client.ObjectKeys;
import io.subnetstorage.auth.client.ProgressListener;
import io.subnetstorage.auth.client.ServiceClient;
import io.subnetstorage.auth.client.UploadReport;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A whole session against a running service, as miners, validators and an operator use it, keeping every signature it
 * sent and every credential, signature and policy the grants gave back: what must never show up in a log.
 */
final class GrantSession {

    private static final Set<String> SIGNED_FIELDS = Set.of("policy", "x-amz-signature", "x-amz-credential", "signature",
            "awsaccesskeyid");
    private static final Set<String> SIGNED_QUERY = Set.of("x-amz-signature", "x-amz-credential", "signature");

    private final URI base;
    private final Wire wire;
    private final List<String> sent = new ArrayList<>();
    private final List<String> given = new ArrayList<>();

    GrantSession(URI base) {
        this.base = base;
        this.wire = new Wire(base);
    }

    /** Signatures this session sent. */
    List<String> sent() {
        return sent;
    }

    /** Policies, signatures and credentials of the grants this session was given. */
    List<String> given() {
        return given;
    }

    /** A miner's grant and upload through its form, a validator's listings and file URLs, an operator's review, a forgery. */
    void run(Path workDir, String adminToken) throws IOException {
        keep(post("/get-folder-access", Signer.miner(Signer.ALICE, Signer.now()), 200));

        Path file = workDir.resolve(ObjectKeys.generatedDataName(LocalDateTime.now(), 7));
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        MinerClient miner = new MinerClient(new ServiceClient(base, DevKeys.alice()), Signer.ALICE_COLDKEY,
                workDir.resolve("miner-state.json"), MinerClient.DEFAULT_GRANT_MARGIN);
        UploadReport report = miner.upload("1", List.of(file), ProgressListener.NONE);
        assertEquals(1, report.uploaded().size(), report.toString());
        keep(miner.grant().fields());
        String key = report.uploaded().get(0);

        keep(post("/get-validator-access", Signer.validatorAccess(Signer.BOB, Signer.now()), 200));
        Wire.Answer files = post("/get-file-presigned-urls", Signer.files(Signer.BOB, Signer.ALICE, Signer.now(), List.of(key)), 200);
        keep(files.json());

        Wire.Answer review = wire.get("/operator/hotkeys/" + Signer.ALICE.address(), Map.of("Authorization", "Bearer " + adminToken));
        assertEquals(200, review.status(), review.text());

        String forgery = Signer.BOB.sign("not the commitment").hex();
        post("/get-folder-access", Signer.with(Signer.miner(Signer.ALICE, Signer.now()), "signature", forgery), 401);
    }

    private Wire.Answer post(String path, Map<String, Object> body, int status) {
        sent.add(String.valueOf(body.get("signature")));
        Wire.Answer answer = wire.post(path, body);
        assertEquals(status, answer.status(), path + ": " + answer.text());
        return answer;
    }

    private void keep(Wire.Answer answer) {
        keep(answer.json());
    }

    /** Walks a JSON answer: signed form fields by name, and the signature and credential of every URL's query. */
    private void keep(Object node) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                if (value instanceof String text && SIGNED_FIELDS.contains(String.valueOf(name).toLowerCase(Locale.ROOT))) {
                    given.add(text);
                }
                keep(value);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(this::keep);
        } else if (node instanceof String text && text.startsWith("http") && text.contains("?")) {
            for (String pair : URI.create(text).getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                if (nameValue.length == 2 && SIGNED_QUERY.contains(nameValue[0].toLowerCase(Locale.ROOT))) {
                    given.add(nameValue[1]);
                    given.add(URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
                }
            }
        }
    }
}
