package io.subnetstorage.auth.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import io.subnetstorage.auth.application.storage.StorePhases;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * UPLOAD_STORE, UPLOAD_STORE_NEXT, UPLOAD_ROLLOUT_PERCENT, READ_STORE and MIRROR_STORES: the migration phase
 * (SPEC §7), checked against the stores actually configured. Every error names its variable.
 */
@ConfigurationProperties("ssa.stores")
public class PhasesConfig implements ValidatedAtStart {

    private String uploadStore;
    private String uploadStoreNext;
    private String rolloutPercent;
    private String readStore;
    private String mirrorStores;

    /** Each value alone; whether the names are configured stores is checked with them, by {@link #phases}. */
    @Override
    public void validate() {
        ConfigValues.integer("UPLOAD_ROLLOUT_PERCENT", rolloutPercent, 0, 0, 100);
        phases(EnumSet.allOf(StoreKind.class), false);
    }

    /** The phases for {@code configured} stores; refuses a name that is unknown, unconfigured or HuggingFace where it cannot serve. */
    public StorePhases phases(Set<StoreKind> configured) {
        return phases(configured, true);
    }

    private StorePhases phases(Set<StoreKind> configured, boolean requireUploadStore) {
        Set<StoreKind> servers = EnumSet.copyOf(configured);
        servers.remove(StoreKind.HUGGINGFACE);
        if (servers.isEmpty()) {
            throw ConfigValues.invalid("UPLOAD_STORE", uploadStore, "an s3 or hippius store to be configured");
        }
        Optional<StoreKind> named = serving("UPLOAD_STORE", uploadStore, configured);
        if (named.isEmpty() && servers.size() > 1 && requireUploadStore) {
            throw ConfigValues.invalid("UPLOAD_STORE", uploadStore,
                    "one of " + labels(servers) + ": it is required when more than one store is configured");
        }
        StoreKind upload = named.orElse(servers.iterator().next());
        Optional<StoreKind> next = serving("UPLOAD_STORE_NEXT", uploadStoreNext, configured);
        int percent = ConfigValues.integer("UPLOAD_ROLLOUT_PERCENT", rolloutPercent, 0, 0, 100);
        StoreKind read = serving("READ_STORE", readStore, configured).orElse(upload);
        Set<StoreKind> mirrors = EnumSet.noneOf(StoreKind.class);
        for (String name : ConfigValues.text(mirrorStores).map(list -> list.split(",")).orElse(new String[0])) {
            mirrors.add(known("MIRROR_STORES", mirrorStores, name.trim(), configured));
        }
        return new StorePhases(upload, next, percent, read, mirrors);
    }

    private static Optional<StoreKind> serving(String variable, String value, Set<StoreKind> configured) {
        Optional<String> raw = ConfigValues.text(value);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        StoreKind kind = known(variable, value, raw.get(), configured);
        if (kind == StoreKind.HUGGINGFACE) {
            throw ConfigValues.invalid(variable, value, "s3 or hippius: HuggingFace is a mirror only");
        }
        return Optional.of(kind);
    }

    private static StoreKind known(String variable, String value, String name, Set<StoreKind> configured) {
        StoreKind kind = StoreKind.byLabel(name.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> ConfigValues.invalid(variable, value, "store names among s3, hippius, huggingface"));
        if (!configured.contains(kind)) {
            throw ConfigValues.invalid(variable, value, "a configured store (configured: " + labels(configured) + ")");
        }
        return kind;
    }

    private static String labels(Set<StoreKind> kinds) {
        return kinds.stream().map(StoreKind::label).collect(Collectors.joining(", "));
    }

    public void setUploadStore(String uploadStore) {
        this.uploadStore = uploadStore;
    }

    public void setUploadStoreNext(String uploadStoreNext) {
        this.uploadStoreNext = uploadStoreNext;
    }

    public void setRolloutPercent(String rolloutPercent) {
        this.rolloutPercent = rolloutPercent;
    }

    public void setReadStore(String readStore) {
        this.readStore = readStore;
    }

    public void setMirrorStores(String mirrorStores) {
        this.mirrorStores = mirrorStores;
    }

}
