package io.subnetstorage.auth.huggingface;

import java.net.URI;

/**
 * Where each call of the commit API lives, for dataset repos on branch {@code main}. The endpoint may
 * carry a path (a proxy in front of the Hub), so URLs are built as text rather than resolved.
 */
final class HubUrls {

    private static final String BRANCH = "main";

    private final String base;

    HubUrls(URI endpoint) {
        this.base = endpoint.toString().replaceAll("/+$", "");
    }

    URI whoAmI() {
        return URI.create(base + "/api/whoami-v2");
    }

    URI createRepo() {
        return URI.create(base + "/api/repos/create");
    }

    URI revision(HfRepoId repo) {
        return api(repo, "revision/" + BRANCH);
    }

    URI preupload(HfRepoId repo) {
        return api(repo, "preupload/" + BRANCH);
    }

    URI commit(HfRepoId repo) {
        return api(repo, "commit/" + BRANCH);
    }

    URI pathsInfo(HfRepoId repo) {
        return api(repo, "paths-info/" + BRANCH);
    }

    URI tree(HfRepoId repo) {
        return URI.create(base + "/api/datasets/" + repo + "/tree/" + BRANCH + "?recursive=true");
    }

    URI lfsBatch(HfRepoId repo) {
        return URI.create(base + "/datasets/" + repo + ".git/info/lfs/objects/batch");
    }

    private URI api(HfRepoId repo, String action) {
        // Repo ids are checked to letters, digits and "-_.", so they need no escaping.
        return URI.create(base + "/api/datasets/" + repo + "/" + action);
    }
}
