package io.subnetstorage.auth.domain.quota;

import java.util.List;

/**
 * Everything one request charges, checked and charged as one: if any line would pass its limit, none
 * is charged. Lines are checked in order, so the first refused line names the limit the client is told.
 */
public record QuotaCharge(List<QuotaLine> lines) {

    public QuotaCharge {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a charge has at least one line");
        }
    }
}
