package io.subnetstorage.auth.application.service;

import static io.subnetstorage.auth.application.service.Harness.MINER;
import static io.subnetstorage.auth.application.service.Harness.STRANGER;
import static io.subnetstorage.auth.application.service.Harness.VALIDATOR;
import static io.subnetstorage.auth.application.service.Harness.WEAK_VALIDATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.subnetstorage.auth.application.port.in.AccessRefused;
import io.subnetstorage.auth.application.port.in.PresignMinerFilesCommand;
import io.subnetstorage.auth.application.port.in.ValidatorCommand;
import io.subnetstorage.auth.application.port.in.ValidatorMinerCommand;
import io.subnetstorage.auth.domain.identity.Hotkey;
import io.subnetstorage.auth.domain.policy.ReasonCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ValidatorUseCasesTest {

    private final Harness harness = new Harness();

    private ValidatorCommand access(Hotkey validator) {
        long now = harness.now();
        return new ValidatorCommand(harness.envelope(validator, "s3:validator:access:" + now, now, "/get-validator-access"));
    }

    private ValidatorMinerCommand aboutMiner(String endpoint, Optional<String> token) {
        long now = harness.now();
        String commitment = "s3:validator:miner:" + MINER.value() + ":" + now;
        return new ValidatorMinerCommand(harness.envelope(VALIDATOR, commitment, now, endpoint), Optional.of(MINER), token);
    }

    @Test
    void aValidatorWithPermitAndStakeGetsBothListings() {
        var access = new IssueValidatorAccessService(harness.gate, harness.router()).issue(access(VALIDATOR));
        assertTrue(access.listAllData().toString().contains("prefix=data/hotkey=&delimiter=&"));
        assertTrue(access.listAllMiners().toString().contains("prefix=data/hotkey=&delimiter=/&"));
        assertEquals(86_400, access.validity().toSeconds());
    }

    @Test
    void stakeExactlyAtTheThresholdMinersAndStrangersAreNotValidators() {
        var service = new IssueValidatorAccessService(harness.gate, harness.router());
        assertEquals(ReasonCode.STAKE_AT_OR_BELOW_THRESHOLD, assertThrows(AccessRefused.class, () -> service.issue(access(WEAK_VALIDATOR))).reason());
        assertEquals(ReasonCode.NO_VALIDATOR_PERMIT, assertThrows(AccessRefused.class, () -> service.issue(access(MINER))).reason());
        assertEquals(ReasonCode.HOTKEY_NOT_REGISTERED, assertThrows(AccessRefused.class, () -> service.issue(access(STRANGER))).reason());
    }

    @Test
    void minerSpecificAccessNeedsTheMinerHotkey() {
        long now = harness.now();
        var command = new ValidatorMinerCommand(harness.envelope(VALIDATOR, "x", now, "/get-miner-specific-access"), Optional.empty());
        var service = new IssueMinerSpecificAccessService(harness.gate, harness.router());
        assertEquals(ReasonCode.MINER_HOTKEY_MISSING, assertThrows(AccessRefused.class, () -> service.issue(command)).reason());
        var access = service.issue(aboutMiner("/get-miner-specific-access", Optional.empty()));
        assertEquals("data/hotkey=" + MINER.value() + "/", access.prefix().value());
    }

    @Test
    void everyListPageIsItsOwnSignedRequestButOneSignatureMayWalkAllPages() {
        var service = new PresignMinerListPageService(harness.gate, harness.router());
        var first = aboutMiner("/get-miner-list", Optional.empty());
        assertTrue(service.presign(first).listUrl().toString().contains("token=&"));
        var second = new ValidatorMinerCommand(first.envelope(), first.miner(), Optional.of("page-2"));
        assertTrue(service.presign(second).listUrl().toString().contains("token=page-2&"));
        assertEquals(ReasonCode.REPLAYED, assertThrows(AccessRefused.class, () -> service.presign(second)).reason());
    }

    @Test
    void folderUrlsWalkEveryMinerAndJobAcrossPages() {
        String a = MINER.value();
        String b = STRANGER.value();
        String c = WEAK_VALIDATOR.value();
        harness.store.keys.addAll(List.of("data/hotkey=" + a + "/job_id=1/f.parquet", "data/hotkey=" + a + "/job_id=2/f.parquet",
                "data/hotkey=" + a + "/job_id=3/f.parquet", "data/hotkey=" + b + "/job_id=9/f.parquet", "data/hotkey=" + c + "/x",
                "data/hotkey=../job_id=1/x", "data/hotkey=not-a-hotkey/job_id=1/x"));
        long now = harness.now();
        var command = new ValidatorMinerCommand(harness.envelope(VALIDATOR, "s3:validator:folders:" + VALIDATOR.value() + ":" + now,
                now, "/get-folder-presigned-urls"), Optional.empty());
        var folders = harness.validatorFolders().presign(command);
        assertEquals(List.of(c, a, b), List.copyOf(folders.miners().keySet()), "in listing order");
        assertEquals(List.of("1", "2", "3"), folders.miners().get(a).jobs().stream().map(j -> j.jobId()).toList());
        assertEquals("data/hotkey=" + b + "/job_id=9/", folders.miners().get(b).jobs().get(0).path());
        assertTrue(folders.miners().get(c).jobs().isEmpty());
    }

    @Test
    void aStoreThatDoesNotAnswerGivesTheTimeoutRefusal() {
        harness.store.down = true;
        long now = harness.now();
        var command = new ValidatorMinerCommand(harness.envelope(VALIDATOR, "s3:validator:folders:" + VALIDATOR.value() + ":" + now,
                now, "/get-folder-presigned-urls"), Optional.empty());
        assertEquals(ReasonCode.STORE_TIMEOUT,
                assertThrows(AccessRefused.class, () -> harness.validatorFolders().presign(command)).reason());
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES) // a walk ignoring its budget would wait out every hanging listing
    void aStoreTooSlowForTheListingBudgetGivesTheTimeoutRefusalAndNoGrant() {
        for (int i = 0; i < 12; i++) {
            harness.store.keys.add("data/hotkey=" + MINER.value().substring(0, 40) + (char) ('A' + i) + "xxxxxxx/job_id=1/f");
        }
        // The six pages of miner folders are answered; no miner's own listing ever is.
        harness.store.listingsAnsweredBeforeHanging = 6;
        Duration budget = Duration.ofMillis(400);
        long now = harness.now();
        var command = new ValidatorMinerCommand(harness.envelope(VALIDATOR, "s3:validator:folders:" + VALIDATOR.value() + ":" + now,
                now, "/get-folder-presigned-urls"), Optional.empty());
        assertEquals(ReasonCode.STORE_TIMEOUT, assertThrows(AccessRefused.class,
                () -> harness.validatorFolders(budget).presign(command)).reason());
        // Every listing was held to what was left of the one budget: none could make the walk outlast it.
        assertTrue(harness.store.listingTimeouts.stream().allMatch(given -> given.compareTo(budget) <= 0),
                () -> "timeouts given: " + harness.store.listingTimeouts);
        assertTrue(harness.records.grants.isEmpty());
    }

    @Test
    void fileUrlsAreSignedOnlyInsideTheMinersFolder() {
        long now = harness.now();
        String own = "data/hotkey=" + MINER.value() + "/job_id=1/data.parquet";
        List<String> keys = List.of(own, "data/hotkey=" + VALIDATOR.value() + "/job_id=1/x", "data/hotkey=" + MINER.value() + "/../x",
                "/data/hotkey=" + MINER.value() + "/x", "data/hotkey=" + MINER.value() + "/");
        var service = new PresignMinerFilesService(harness.gate, harness.router());
        var urls = service.presign(files(now, keys, 2));
        assertEquals(List.of(own), List.copyOf(urls.urls().keySet()));
        assertEquals(7200, urls.urls().get(own).expiresInSeconds());
        assertEquals("data.parquet", urls.urls().get(own).fileName());
        assertEquals(keys.subList(1, 5), urls.invalid());
        assertEquals(ReasonCode.NO_VALID_FILES,
                assertThrows(AccessRefused.class, () -> service.presign(files(now, keys.subList(1, 3), 1))).reason());
    }

    private PresignMinerFilesCommand files(long now, List<String> keys, int hours) {
        String commitment = "s3:validator:files:" + MINER.value() + ":" + VALIDATOR.value() + ":" + now;
        var envelope = io.subnetstorage.auth.application.port.in.SignedEnvelope.of(VALIDATOR,
                harness.signatures.sign(VALIDATOR.value(), commitment), now, java.util.OptionalLong.of(now + hours * 3600L),
                new io.subnetstorage.auth.application.port.out.RequestOrigin("r", "/get-file-presigned-urls", "127.0.0.1"));
        return new PresignMinerFilesCommand(envelope, MINER, keys, hours);
    }
}
