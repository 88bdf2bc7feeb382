package io.subnetstorage.auth.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.subnetstorage.auth.bittensor.identity.Sr25519Keypair;
import io.subnetstorage.auth.domain.identity.Commitment;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.identity.Signature;

/**
 * One signed request: the commitment, its signature and the JSON body the service expects. A new one is
 * made for every attempt: the service refuses a replayed signature, and sr25519 signatures are randomized.
 */
public record SignedCall(Endpoint endpoint, String signer, Commitment commitment, Signature signature, ObjectNode body) {

    public static SignedCall sign(Endpoint endpoint, Sr25519Keypair key, String coldkey, String miner, long timestamp) {
        return sign(endpoint, key, new CallTarget(coldkey, miner, null, null), timestamp);
    }

    public static SignedCall sign(Endpoint endpoint, Sr25519Keypair key, CallTarget target, long timestamp) {
        String hotkey = key.address();
        Commitment commitment;
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        try {
            commitment = endpoint.commitment(Hotkey.of(hotkey), target, timestamp);
        } catch (IllegalArgumentException e) {
            throw new ClientException("invalid address: " + e.getMessage(), e);
        }
        Signature signature = key.sign(commitment.text());
        if (endpoint == Endpoint.FOLDER_ACCESS) {
            body.put("coldkey", target.coldkey());
        }
        body.put("hotkey", hotkey);
        body.put("timestamp", timestamp);
        body.put("signature", signature.hex());
        ObjectNode about = JsonNodeFactory.instance.objectNode();
        endpoint.putTarget(about, target);
        body.setAll(about);
        return new SignedCall(endpoint, hotkey, commitment, signature, body);
    }
}
