package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListObjectsV2Test {

    private static final RemoteObject ONE = new RemoteObject("data/hotkey=m/job_id=1/a.parquet", 2048, "0cc175b9c0f1b6a831c399e269772661",
            "2026-03-01T12:00:00.000Z");
    private static final RemoteObject TWO = new RemoteObject("data/hotkey=m/job_id=2/b.parquet", 70_000_000, "9b2cf535f27731c974343645a3985328-5",
            "2026-03-01T12:01:00.000Z");

    @Test
    void readsObjectsWithUnquotedEtagsAndTheContinuationToken() {
        ListPage page = ListObjectsV2.parse(ListXml.page("data/hotkey=m/", List.of(ONE, TWO), List.of(), "token+/="));

        assertEquals(List.of(ONE, TWO), page.objects());
        assertTrue(page.truncated());
        assertEquals("token+/=", page.nextContinuationToken());
        assertEquals("2", page.objects().get(1).jobId());
    }

    @Test
    void theLastPageHasNoToken() {
        ListPage page = ListObjectsV2.parse(ListXml.page("data/hotkey=m/", List.of(ONE), List.of(), null));

        assertFalse(page.truncated());
        assertNull(page.nextContinuationToken());
    }

    @Test
    void readsCommonPrefixesWithoutMistakingTheTopLevelPrefixForOne() {
        ListPage page = ListObjectsV2.parse(ListXml.page("data/hotkey=", List.of(), List.of("data/hotkey=a/", "data/hotkey=b/"), null));

        assertEquals(List.of("data/hotkey=a/", "data/hotkey=b/"), page.commonPrefixes());
        assertTrue(page.objects().isEmpty());
    }

    @Test
    void refusesDoctypesErrorsAndTruncationWithoutAToken() {
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ListBucketResult>&e;</ListBucketResult>";
        String error = "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code></Error>";
        String truncated = ListXml.page("p", List.of(ONE), List.of(), null).replace("<IsTruncated>false", "<IsTruncated>true");

        assertThrows(ClientException.class, () -> ListObjectsV2.parse(entity));
        assertTrue(assertThrows(ClientException.class, () -> ListObjectsV2.parse(error)).getMessage().contains("Error"));
        assertThrows(ClientException.class, () -> ListObjectsV2.parse(truncated));
    }
}
