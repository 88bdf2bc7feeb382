package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.subnetstorage.auth.application.port.in.MinerFileUrls;
import io.subnetstorage.auth.application.port.in.MinerFolders;
import io.subnetstorage.auth.application.port.in.PresignMinerFilesCommand;
import io.subnetstorage.auth.application.port.in.PresignMinerFilesUseCase;
import io.subnetstorage.auth.application.port.in.PresignMinerFoldersUseCase;
import io.subnetstorage.auth.application.port.in.SignedEnvelope;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;

/** The validator's download endpoints: presigned listings per job folder, and presigned GETs per file. */
@Controller
@Tag(name = "validator")
@ExecuteOn(TaskExecutors.BLOCKING)
class ValidatorDownloadController {

    private final PresignMinerFoldersUseCase folders;
    private final PresignMinerFilesUseCase files;

    ValidatorDownloadController(PresignMinerFoldersUseCase folders, PresignMinerFilesUseCase files) {
        this.folders = folders;
        this.files = files;
    }

    @Post("/get-folder-presigned-urls")
    @Operation(summary = "Presigned listings of every miner's job folders", description = "Sign s3:validator:folders:{hotkey}:{timestamp}.")
    FolderUrlsResponse folderUrls(HttpRequest<?> request, @Valid @Body ValidatorRequest body) {
        var envelope = Envelopes.of(request, body.hotkey(), body.signature(), body.timestamp(), body.expiry());
        MinerFolders result = folders.presign(new ValidatorMinerCommand(envelope, ValidatorAccessController.miner(body)));
        Map<String, FolderUrlsResponse.MinerFolder> byMiner = new LinkedHashMap<>();
        result.miners().forEach((miner, jobs) -> byMiner.put(miner, new FolderUrlsResponse.MinerFolder(jobs.minerPath(),
                jobs.jobs().stream().map(job -> new FolderUrlsResponse.JobFolder(job.jobId(), job.path(), job.presignedUrl().toString()))
                        .toList(), jobs.jobs().size())));
        return new FolderUrlsResponse(result.validator().value(), result.bucket(), result.validity().toSeconds(),
                PythonIsoTime.of(result.expiresAt()), byMiner.size(), byMiner);
    }

    @Post("/get-file-presigned-urls")
    @Operation(summary = "Presigned downloads of a miner's files",
            description = "Sign s3:validator:files:{miner_hotkey}:{hotkey}:{timestamp}; keys outside the miner's folder are invalid.")
    FileUrlsResponse fileUrls(HttpRequest<?> request, @Valid @Body FileUrlsRequest body) {
        long timestamp = body.timestamp();
        // The request stays fresh for as long as the URLs it asks for, as deployed.
        long expiry = SignedEnvelope.saturatedAdd(timestamp, body.hours() * 3600L);
        var envelope = Envelopes.of(request, body.hotkey(), body.signature(), timestamp, expiry);
        MinerFileUrls result = files.presign(new PresignMinerFilesCommand(envelope, Hotkey.of(body.minerHotkey()), body.fileKeys(),
                body.hours()));
        Map<String, FileUrlsResponse.FileUrl> urls = new LinkedHashMap<>();
        result.urls().forEach((key, url) -> urls.put(key, new FileUrlsResponse.FileUrl(url.presignedUrl().toString(), url.fileKey(),
                url.expiresInSeconds(), url.fileName())));
        return new FileUrlsResponse(urls, result.invalid(), result.failed(), result.requested(), urls.size(),
                result.invalid().size(), result.failed().size());
    }
}
