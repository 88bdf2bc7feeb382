package io.subnetstorage.auth.client;

import org.w3c.dom.Element;

/**
 * The store refused a transfer: its HTTP status and, from its S3 error document, the error code
 * ({@code SignatureDoesNotMatch}, {@code AccessDenied}, {@code EntityTooLarge}...) and message.
 */
public final class StoreException extends ClientException {

    private final int status;
    private final String code;

    private StoreException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** From the store's answer: the code and message of an S3 {@code <Error>} body, else the body's start. */
    static StoreException of(int status, String body, String key) {
        String code = "";
        String detail = ServiceClient.abbreviate(body.strip());
        if (body.stripLeading().startsWith("<")) {
            try {
                Element error = StoreXml.parse(body, "unreadable error");
                if ("Error".equals(StoreXml.localName(error))) {
                    code = StoreXml.text(error, "Code");
                    detail = StoreXml.text(error, "Message");
                }
            } catch (ClientException notXml) {
                // Keep the body's start as the detail.
            }
        }
        String message = "store answered " + status + (code.isEmpty() ? "" : " " + code) + " for " + key
                + (detail.isEmpty() ? "" : ": " + detail);
        return new StoreException(status, code, message);
    }

    public int status() {
        return status;
    }

    /** The S3 error code, or empty when the store sent none. */
    public String code() {
        return code;
    }
}
