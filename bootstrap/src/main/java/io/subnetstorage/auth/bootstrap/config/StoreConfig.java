package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import java.net.URI;
import java.util.Optional;

/**
 * The object store: S3_BUCKET, S3_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, S3_ENDPOINT,
 * S3_PATH_STYLE, S3_PUBLIC_ENDPOINT and EMBEDDED_S3_PORT. With neither credentials nor an endpoint the
 * embedded s3proxy serves instead.
 */
@ConfigurationProperties("ssa.s3")
public class StoreConfig implements ValidatedAtStart {

    public static final String DEFAULT_BUCKET = "subnet-storage";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final int DEFAULT_EMBEDDED_PORT = 9000;

    private String bucket;
    private String region;
    private String accessKeyId;
    private String secretAccessKey;
    private String endpoint;
    private String pathStyle;
    private String publicEndpoint;
    private String embeddedPort;

    /** True when any real store setting is given: then the service never starts or creates a store itself. */
    public boolean real() {
        return accessKeyId().isPresent() || secretAccessKey().isPresent() || endpoint().isPresent();
    }

    public String bucket() {
        return ConfigValues.text(bucket).orElse(DEFAULT_BUCKET);
    }

    public boolean bucketConfigured() {
        return ConfigValues.text(bucket).isPresent();
    }

    public String region() {
        return ConfigValues.text(region).orElse(DEFAULT_REGION);
    }

    public Optional<String> accessKeyId() {
        return ConfigValues.text(accessKeyId);
    }

    public Optional<String> secretAccessKey() {
        return ConfigValues.text(secretAccessKey);
    }

    public Optional<URI> endpoint() {
        return ConfigValues.uri("S3_ENDPOINT", endpoint);
    }

    /** Path-style by default for S3-compatible stores, virtual-hosted for AWS itself. */
    public boolean pathStyle() {
        return ConfigValues.flag("S3_PATH_STYLE", pathStyle, endpoint().isPresent());
    }

    public Optional<URI> publicEndpoint() {
        return ConfigValues.uri("S3_PUBLIC_ENDPOINT", publicEndpoint);
    }

    public int embeddedPort() {
        return ConfigValues.integer("EMBEDDED_S3_PORT", embeddedPort, DEFAULT_EMBEDDED_PORT, 0, 65535);
    }

    /** Parses every value, and refuses a real store that cannot sign: credentials come in pairs, a bucket is named. */
    @Override
    public void validate() {
        endpoint();
        publicEndpoint();
        pathStyle();
        embeddedPort();
        if (real() && (accessKeyId().isEmpty() || secretAccessKey().isEmpty())) {
            throw new ConfigurationException("Invalid configuration: a real store "
                    + "(S3_ENDPOINT or AWS credentials set) needs both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
        }
        if (real() && !bucketConfigured()) {
            throw new ConfigurationException(
                    "Invalid configuration: a real store needs S3_BUCKET; the service never creates buckets in it");
        }
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public void setAccessKeyId(String accessKeyId) {
        this.accessKeyId = accessKeyId;
    }

    public void setSecretAccessKey(String secretAccessKey) {
        this.secretAccessKey = secretAccessKey;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public void setPathStyle(String pathStyle) {
        this.pathStyle = pathStyle;
    }

    public void setPublicEndpoint(String publicEndpoint) {
        this.publicEndpoint = publicEndpoint;
    }

    public void setEmbeddedPort(String embeddedPort) {
        this.embeddedPort = embeddedPort;
    }
}
