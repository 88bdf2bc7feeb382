package io.subnetstorage.auth.huggingface;

import io.subnetstorage.auth.domain.storage.BucketName;
import io.subnetstorage.auth.domain.storage.HubRepoName;
import java.util.Objects;

/**
 * A dataset repo on the Hub, {@code namespace/name}. Both parts follow the Hub's naming rule
 * ({@link HubRepoName}), so a bad name is refused here rather than by the Hub in the middle of a copy.
 */
public record HfRepoId(String namespace, String name) {

    public HfRepoId {
        check("namespace", namespace);
        check("name", name);
    }

    /** Parses {@code namespace/name}. */
    public static HfRepoId parse(String id) {
        Objects.requireNonNull(id, "id");
        int slash = id.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a HuggingFace repo id is namespace/name, got '" + id + "'");
        }
        return new HfRepoId(id.substring(0, slash), id.substring(slash + 1));
    }

    /** The repo a store's caller names: a {@link BucketName} by the Hub's rule. */
    static HfRepoId of(BucketName bucket) {
        if (bucket.naming() != BucketName.Naming.HUB_REPO) {
            throw new IllegalArgumentException("the HuggingFace store keeps files in dataset repos, not in bucket " + bucket);
        }
        return parse(bucket.value());
    }

    BucketName asBucket() {
        return BucketName.hubRepo(toString());
    }

    @Override
    public String toString() {
        return namespace + "/" + name;
    }

    private static void check(String part, String value) {
        Objects.requireNonNull(value, part);
        if (!HubRepoName.isValidPart(value)) {
            throw new IllegalArgumentException("invalid HuggingFace repo " + part + " '" + value + "': " + HubRepoName.RULE);
        }
    }
}
