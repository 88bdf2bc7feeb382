package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.subnetstorage.auth.domain.identity.CommitmentKind;
import io.subnetstorage.auth.domain.storage.FolderPrefix;
import java.util.Map;

/** What clients need to know before signing: the commitment strings and the folder layout, as deployed. */
@Controller
@Tag(name = "info")
class InfoController {

    static final String EXAMPLE_MINER = "s3:data:access:5F3...coldkey:5H2...hotkey:1682345678";
    static final String EXAMPLE_VALIDATOR = "s3:validator:access:1682345678";
    static final String LAYOUT = "Miners upload to data/hotkey={hotkey_id}/job_id={job_id}/; validators read every miner folder.";

    @Serdeable(naming = SnakeCaseStrategy.class)
    record CommitmentFormats(String minerFormat, String validatorFormat, String minerSpecificFormat,
            String validatorFoldersFormat, String validatorFilesFormat, String minerListFormat,
            String exampleMiner, String exampleValidator, String folderStructure,
            Map<String, String> instructions, Map<String, String> timeoutProtection, Map<String, String> endpointFormats) {
    }

    /** Every signed endpoint and the commitment it expects, the deployed ones and those this service adds. */
    static final Map<String, String> ENDPOINT_FORMATS = endpointFormats();

    private static Map<String, String> endpointFormats() {
        Map<String, String> formats = new java.util.LinkedHashMap<>();
        formats.put("/get-folder-access", CommitmentKind.MINER_FOLDER_ACCESS.format());
        formats.put("/get-file-upload-url", CommitmentKind.MINER_FILE_UPLOAD.format());
        formats.put("/my-usage", CommitmentKind.MINER_USAGE.format());
        formats.put("/register-miner", CommitmentKind.MINER_REGISTER.format());
        formats.put("/deregister-miner", CommitmentKind.MINER_DEREGISTER.format());
        formats.put("/get-hippius-upload-access", CommitmentKind.HIPPIUS_UPLOAD.format());
        formats.put("/register-attributions", CommitmentKind.ATTRIBUTION_REGISTER.format());
        formats.put("/get-validator-access", CommitmentKind.VALIDATOR_ACCESS.format());
        formats.put("/get-miner-specific-access", CommitmentKind.VALIDATOR_MINER.format());
        formats.put("/get-miner-list", CommitmentKind.VALIDATOR_MINER.format());
        formats.put("/get-folder-presigned-urls", CommitmentKind.VALIDATOR_FOLDERS.format());
        formats.put("/get-file-presigned-urls", CommitmentKind.VALIDATOR_FILES.format());
        formats.put("/get-hippius-validator-access", CommitmentKind.HIPPIUS_VALIDATOR.format());
        formats.put("/verify-attribution", CommitmentKind.VALIDATOR_VERIFY.format());
        return java.util.Collections.unmodifiableMap(formats);
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record StructureInfo(String folderStructure, String description) {
    }

    @Get("/commitment-formats")
    @Operation(summary = "The commitment strings each endpoint expects to be signed")
    CommitmentFormats commitmentFormats() {
        return new CommitmentFormats(
                CommitmentKind.MINER_FOLDER_ACCESS.format(),
                CommitmentKind.VALIDATOR_ACCESS.format(),
                CommitmentKind.VALIDATOR_MINER.format(),
                CommitmentKind.VALIDATOR_FOLDERS.format(),
                CommitmentKind.VALIDATOR_FILES.format(),
                CommitmentKind.VALIDATOR_MINER.format(),
                EXAMPLE_MINER,
                EXAMPLE_VALIDATOR,
                FolderPrefix.FOLDER_STRUCTURE,
                Map.of(
                        "signing", "Sign the UTF-8 bytes of the commitment with the hotkey (sr25519); send the "
                                + "signature as hex without 0x. Wallet-style <Bytes>...</Bytes> wrapping is accepted.",
                        "timestamp", "Unix seconds; at most 300 s old and at most 60 s in the future.",
                        "miner", "POST /get-folder-access, then upload with the returned form to your own folder.",
                        "validator", "POST /get-validator-access to list every miner folder; the hotkey needs a "
                                + "validator permit and enough stake."),
                Map.of(
                        "enabled", "true",
                        "listing", "Endpoints that list the store answer 504 'S3 operation timeout - try again' "
                                + "instead of hanging when the store is slow.",
                        "presigning", "Presigned URLs are computed locally and never wait on the store."),
                ENDPOINT_FORMATS);
    }

    @Get("/structure-info")
    @Operation(summary = "The folder layout miners write and validators read")
    StructureInfo structureInfo() {
        return new StructureInfo(FolderPrefix.FOLDER_STRUCTURE, LAYOUT);
    }
}
