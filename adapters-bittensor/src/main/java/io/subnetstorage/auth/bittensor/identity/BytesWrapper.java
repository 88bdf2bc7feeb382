package io.subnetstorage.auth.bittensor.identity;

import java.nio.charset.StandardCharsets;

/** polkadot-js extensions sign {@code <Bytes>} ++ message ++ {@code </Bytes>} rather than the raw message. */
final class BytesWrapper {

    private static final byte[] OPEN = "<Bytes>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</Bytes>".getBytes(StandardCharsets.US_ASCII);

    private BytesWrapper() {
    }

    static byte[] wrap(byte[] message) {
        byte[] out = new byte[OPEN.length + message.length + CLOSE.length];
        System.arraycopy(OPEN, 0, out, 0, OPEN.length);
        System.arraycopy(message, 0, out, OPEN.length, message.length);
        System.arraycopy(CLOSE, 0, out, OPEN.length + message.length, CLOSE.length);
        return out;
    }
}
