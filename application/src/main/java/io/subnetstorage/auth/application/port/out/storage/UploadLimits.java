package io.subnetstorage.auth.application.port.out.storage;

/** The size range a POST policy enforces ({@code content-length-range}); the deployed one is 1 KiB to 5 GiB. */
public record UploadLimits(long minBytes, long maxBytes) {

    public static final UploadLimits DEPLOYED = new UploadLimits(1024, 5_368_709_120L);

    public UploadLimits {
        if (minBytes < 0 || maxBytes < minBytes) {
            throw new IllegalArgumentException("0 <= minBytes <= maxBytes");
        }
    }

    /** Whether an object of {@code bytes} is within the range. */
    public boolean allows(long bytes) {
        return bytes >= minBytes && bytes <= maxBytes;
    }
}
