package io.subnetstorage.auth.domain.quota;

import io.subnetstorage.auth.domain.identity.Hotkey;
import java.util.ArrayList;
import java.util.List;

/**
 * What may be handed out per UTC day, and what each kind of request charges. Miners and validators are
 * counted apart (unlike the deployed service); a miner's presigned object URLs have a budget of their
 * own beside its folder grants; a validator's listing pages after the first have theirs.
 */
public record DailyQuotas(long perMiner, long perValidator, long global, long filesPerMiner, long listPagesPerValidator) {

    public static final DailyQuotas DEFAULTS = new DailyQuotas(20, 10_000, 200_000, 2_000, 200_000);

    public DailyQuotas {
        if (perMiner < 1 || perValidator < 1 || global < 1 || filesPerMiner < 1 || listPagesPerValidator < 1) {
            throw new IllegalArgumentException("every daily quota allows at least one request");
        }
    }

    /** A folder grant (a POST form, or a {@code files} request as a whole) and the object URLs it carries. */
    public QuotaCharge folderGrant(Hotkey miner, int objectUrls) {
        List<QuotaLine> lines = new ArrayList<>();
        lines.add(QuotaLine.of(QuotaCounter.MINER_GRANTS, miner, 1, perMiner));
        if (objectUrls > 0) {
            lines.add(QuotaLine.of(QuotaCounter.MINER_FILES, miner, objectUrls, filesPerMiner));
        }
        lines.add(QuotaLine.global(global));
        return new QuotaCharge(lines);
    }

    /** One presigned object upload URL asked for on its own ({@code /get-file-upload-url}). */
    public QuotaCharge objectUrl(Hotkey miner) {
        return new QuotaCharge(List.of(QuotaLine.of(QuotaCounter.MINER_FILES, miner, 1, filesPerMiner), QuotaLine.global(global)));
    }

    public QuotaCharge validatorGrant(Hotkey validator) {
        return new QuotaCharge(List.of(QuotaLine.of(QuotaCounter.VALIDATOR_GRANTS, validator, 1, perValidator), QuotaLine.global(global)));
    }

    /** A listing page that is not a signature's first: it costs no grant, only a page of the validator's own budget. */
    public QuotaCharge followingListPage(Hotkey validator) {
        return new QuotaCharge(List.of(QuotaLine.of(QuotaCounter.VALIDATOR_LIST_PAGES, validator, 1, listPagesPerValidator)));
    }
}
