package io.subnetstorage.auth.bootstrap.web.grant;

import io.subnetstorage.auth.bootstrap.web.wire.WireReader;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of the validator endpoints; {@code miner_hotkey} and {@code continuation_token} where they apply. */
@Schema(name = "ValidatorRequest")
record ValidatorRequest(
        @Schema(name = "hotkey", description = "SS58; required unless X-Tao-* headers sign the request") String hotkey,
        @Schema(name = "timestamp", description = "Unix seconds; required unless X-Tao-* headers sign the request") Long timestamp,
        @Schema(name = "signature", description = "sr25519, hex; required unless X-Tao-* headers sign the request") String signature,
        @Schema(name = "expiry", description = "Unix seconds; default timestamp + 86400") Long expiry,
        @Schema(name = "miner_hotkey", description = "The miner asked about, where the endpoint takes one") String minerHotkey,
        @Schema(name = "continuation_token", description = "/get-miner-list: the page after the first, at most 4096 characters")
        String continuationToken,
        @Schema(name = "store", description = "s3 or hippius: the store to read (default: where the miner uploads, "
                + "or READ_STORE for listings of every miner)") String store) implements SignedRequest {

    static ValidatorRequest read(byte[] body, boolean headerSigned) {
        WireReader wire = WireReader.of(body);
        SignedFields signed = SignedFields.read(wire, headerSigned);
        String minerHotkey = wire.string("miner_hotkey").orElse(null);
        String token = wire.string("continuation_token").orElse(null);
        String store = wire.string("store").orElse(null);
        wire.finish();
        return new ValidatorRequest(signed.hotkey(), signed.timestamp(), signed.signature(), signed.expiry(), minerHotkey, token, store);
    }
}
