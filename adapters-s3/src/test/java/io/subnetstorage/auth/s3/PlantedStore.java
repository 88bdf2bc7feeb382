package io.subnetstorage.auth.s3;

import io.subnetstorage.auth.application.port.out.storage.Downloads;
import io.subnetstorage.auth.application.port.out.storage.FolderUploads;
import io.subnetstorage.auth.application.port.out.storage.Listings;
import io.subnetstorage.auth.application.port.out.storage.ObjectIo;
import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import io.subnetstorage.auth.application.port.out.storage.ObjectUploads;
import io.subnetstorage.auth.application.port.out.storage.StoreDescriptor;
import io.subnetstorage.auth.application.port.out.storage.StoreHealth;
import io.subnetstorage.auth.application.port.out.storage.StoreLayout;
import java.time.Duration;
import java.util.Optional;

/**
 * A real store with one capability replaced by a defective one, to show the contract kit catches the
 * defect. Everything not replaced is the real store's.
 */
class PlantedStore implements ObjectStore {

    private final ObjectStore real;

    PlantedStore(ObjectStore real) {
        this.real = real;
    }

    ObjectStore real() {
        return real;
    }

    @Override public StoreDescriptor descriptor() { return real.descriptor(); }
    @Override public StoreLayout layout() { return real.layout(); }
    @Override public StoreHealth health(Duration timeout) { return real.health(timeout); }
    @Override public Optional<FolderUploads> folderUploads() { return real.folderUploads(); }
    @Override public Optional<ObjectUploads> objectUploads() { return real.objectUploads(); }
    @Override public Optional<Listings> listings() { return real.listings(); }
    @Override public Optional<Downloads> downloads() { return real.downloads(); }
    @Override public Optional<ObjectIo> objectIo() { return real.objectIo(); }

    @Override
    public void close() {
        real.close();
    }
}
