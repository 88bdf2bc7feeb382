package io.subnetstorage.auth.bootstrap.web.grant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
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
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The validator's download endpoints: presigned listings per job folder, and presigned GETs per file. */
@Controller
@Tag(name = "validator")
@ExecuteOn(TaskExecutors.BLOCKING)
class ValidatorDownloadController {

    static final String FOLDER_URLS = "/get-folder-presigned-urls";
    static final String FILE_URLS = "/get-file-presigned-urls";

    private final PresignMinerFoldersUseCase folders;
    private final PresignMinerFilesUseCase files;

    ValidatorDownloadController(PresignMinerFoldersUseCase folders, PresignMinerFilesUseCase files) {
        this.folders = folders;
        this.files = files;
    }

    @Post(FOLDER_URLS)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Presigned listings of every miner's job folders", description = "Sign s3:validator:folders:{hotkey}:{timestamp}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidatorRequest.class)))
    FolderUrlsResponse folderUrls(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        ValidatorRequest fields = ValidatorRequest.read(body, TaoHeaders.present(request.getHeaders()));
        var envelope = Envelopes.of(request, body, fields, FOLDER_URLS);
        MinerFolders result = folders.presign(new ValidatorMinerCommand(envelope, ValidatorAccessController.miner(fields), Optional.empty(),
                Optional.ofNullable(fields.store())));
        Map<String, FolderUrlsResponse.MinerFolder> byMiner = new LinkedHashMap<>();
        result.miners().forEach((miner, jobs) -> byMiner.put(miner, new FolderUrlsResponse.MinerFolder(jobs.minerPath(),
                jobs.jobs().stream().map(job -> new FolderUrlsResponse.JobFolder(job.jobId(), job.path(), job.presignedUrl().toString()))
                        .toList(), jobs.jobs().size(), jobs.truncated())));
        return new FolderUrlsResponse(result.validator().value(), result.bucket(), result.validity().toSeconds(),
                PythonIsoTime.of(result.expiresAt()), byMiner.size(), byMiner);
    }

    @Post(FILE_URLS)
    @Consumes(MediaType.ALL)
    @Operation(summary = "Presigned downloads of a miner's files",
            description = "Sign s3:validator:files:{miner_hotkey}:{hotkey}:{timestamp}; keys outside the miner's folder are invalid.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FileUrlsRequest.class)))
    FileUrlsResponse fileUrls(HttpRequest<?> request, @Parameter(hidden = true) @Body byte[] body) {
        FileUrlsRequest fields = FileUrlsRequest.read(body, TaoHeaders.present(request.getHeaders()));
        var envelope = Envelopes.of(request, body, fields, FILE_URLS);
        MinerFileUrls result = files.presign(new PresignMinerFilesCommand(envelope, Hotkey.of(fields.minerHotkey()), fields.fileKeys(),
                fields.expiryHours(), Optional.ofNullable(fields.store())));
        Map<String, FileUrlsResponse.FileUrl> urls = new LinkedHashMap<>();
        result.urls().forEach((key, url) -> urls.put(key, new FileUrlsResponse.FileUrl(url.presignedUrl().toString(), url.fileKey(),
                url.expiresInSeconds(), url.fileName())));
        return new FileUrlsResponse(urls, result.invalid(), result.failed(), result.requested(), urls.size(),
                result.invalid().size(), result.failed().size());
    }
}
