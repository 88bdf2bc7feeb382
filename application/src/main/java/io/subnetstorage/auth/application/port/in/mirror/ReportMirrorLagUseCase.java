package io.subnetstorage.auth.application.port.in.mirror;

import io.subnetstorage.auth.application.port.out.mirror.MirrorLag;
import io.subnetstorage.auth.application.port.out.storage.StoreKind;
import java.util.Map;

/** How far behind each store that receives copies is, for metrics and {@code /healthcheck}. One ledger query per store. */
public interface ReportMirrorLagUseCase {

    Map<StoreKind, MirrorLag> lag();
}
