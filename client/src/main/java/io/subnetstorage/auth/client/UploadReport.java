package io.subnetstorage.auth.client;

import java.util.List;
import java.util.Map;

/** What a batch did, by object key: sent now, skipped because the state file says it is there, or failed and why. */
public record UploadReport(List<String> uploaded, List<String> skipped, Map<String, String> failed) {

    public boolean complete() {
        return failed.isEmpty();
    }
}
