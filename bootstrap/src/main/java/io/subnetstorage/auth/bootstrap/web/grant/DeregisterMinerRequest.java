package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /deregister-miner}: {@code hotkey} signs, the miner itself or the subnet owner. */
@Schema(name = "DeregisterMinerRequest", description = "Signed s3:miner:deregister:{miner_hotkey}:{timestamp}")
record DeregisterMinerRequest(
        @Schema(name = "hotkey", description = "The signer, SS58: the miner or OWNER_HOTKEY") String hotkey,
        @Schema(name = "miner_hotkey", requiredMode = Schema.RequiredMode.REQUIRED) String minerHotkey,
        @Schema(name = "timestamp", description = "Unix seconds") Long timestamp,
        @Schema(name = "signature", description = "sr25519, hex") String signature,
        @Schema(name = "reason", description = "Free text kept with the registration, at most 500 characters") String reason)
        implements SignedRequest {

    @Override
    public Long expiry() {
        return null;
    }

    static DeregisterMinerRequest read(byte[] body, boolean headerSigned) {
        WireReader wire = WireReader.of(body);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        String minerHotkey = wire.requiredString("miner_hotkey").orElse(null);
        String reason = wire.string("reason").orElse(null);
        wire.finish();
        return new DeregisterMinerRequest(signed.hotkey(), minerHotkey, signed.timestamp(), signed.signature(), reason);
    }
}
