package io.subnetstorage.auth.bootstrap.embedded;

import io.subnetstorage.auth.application.port.out.storage.ObjectStore;
import java.net.URI;

/**
 * The storage contract against the embedded store as the service wires it: listings taken in process. Only the
 * store at the embedded endpoint is wrapped, as in S3StoreFactory; the kit's unreachable and silent endpoints are
 * other stores, reached over HTTP.
 */
class InProcessListingContractTest extends EmbeddedStoreContractTest {

    @Override
    protected ObjectStore createStoreAt(URI endpoint) {
        ObjectStore overHttp = super.createStoreAt(endpoint);
        return endpoint.equals(embedded.endpoint()) ? embedded.listingInProcess(overHttp) : overHttp;
    }
}
