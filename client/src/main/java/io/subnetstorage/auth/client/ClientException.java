package io.subnetstorage.auth.client;

/** A failure the client cannot work around: bad key material, a refused grant, a store that keeps failing. */
public class ClientException extends RuntimeException {

    public ClientException(String message) {
        super(message);
    }

    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
