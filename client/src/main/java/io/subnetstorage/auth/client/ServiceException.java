package io.subnetstorage.auth.client;

/** The auth service refused a request: its status and {@code detail} text, as the contract words them. */
public final class ServiceException extends ClientException {

    private final int status;
    private final String detail;

    public ServiceException(int status, String detail) {
        super("HTTP " + status + ": " + detail);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
