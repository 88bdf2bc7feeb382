package io.subnetstorage.auth.bootstrap.config;

import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which stores this deployment has (SPEC §6, §7): each kind whose variables are set; and the embedded
 * s3proxy as the S3 store only while no real store of any kind is configured.
 */
@Singleton
public class ConfiguredStores {

    private final StoreConfig s3;
    private final HippiusConfig hippius;
    private final HuggingFaceConfig huggingFace;

    public ConfiguredStores(StoreConfig s3, HippiusConfig hippius, HuggingFaceConfig huggingFace) {
        this.s3 = s3;
        this.hippius = hippius;
        this.huggingFace = huggingFace;
    }

    public Set<StoreKind> kinds() {
        Set<StoreKind> kinds = EnumSet.noneOf(StoreKind.class);
        if (s3.real() || embedded()) {
            kinds.add(StoreKind.S3);
        }
        if (hippius.configured()) {
            kinds.add(StoreKind.HIPPIUS);
        }
        if (huggingFace.configured()) {
            kinds.add(StoreKind.HUGGINGFACE);
        }
        return kinds;
    }

    /** The embedded store stands down as soon as any real store is configured. */
    public boolean embedded() {
        return !s3.real() && !hippius.configured() && !huggingFace.configured();
    }
}
