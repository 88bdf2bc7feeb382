package io.subnetstorage.auth.application.port.in;

/** {@code POST /my-usage}: today's grants and files, the limits, stored bytes and registration of the signer. */
public interface ReportMinerUsageUseCase {

    MinerUsage report(ReportMinerUsageCommand command);
}
