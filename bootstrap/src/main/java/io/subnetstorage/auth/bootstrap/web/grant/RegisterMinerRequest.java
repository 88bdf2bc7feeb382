package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /register-miner}. */
@Schema(name = "RegisterMinerRequest", description = "Signed s3:miner:register:{coldkey}:{hotkey}:{timestamp}")
record RegisterMinerRequest(
        @Schema(name = "coldkey", requiredMode = Schema.RequiredMode.REQUIRED) String coldkey,
        @Schema(name = "hotkey", description = "SS58; required unless X-Tao-* headers sign the request") String hotkey,
        @Schema(name = "timestamp", description = "Unix seconds; required unless X-Tao-* headers sign the request") Long timestamp,
        @Schema(name = "signature", description = "sr25519, hex; required unless X-Tao-* headers sign the request") String signature)
        implements SignedRequest {

    @Override
    public Long expiry() {
        return null;
    }

    static RegisterMinerRequest read(byte[] body, boolean headerSigned) {
        WireReader wire = WireReader.of(body);
        String coldkey = wire.requiredString("coldkey").orElse(null);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        wire.finish();
        return new RegisterMinerRequest(coldkey, signed.hotkey(), signed.timestamp(), signed.signature());
    }
}
