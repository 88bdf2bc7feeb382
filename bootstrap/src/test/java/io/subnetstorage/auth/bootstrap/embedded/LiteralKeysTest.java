package io.subnetstorage.auth.bootstrap.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralKeysTest {

    @Test
    void dotSegmentsAreEscapedSoThatNoStoredSegmentIsDotOrDotDot() {
        assertEquals("data/hotkey=A/~../hotkey=B/x", LiteralKeys.escape("data/hotkey=A/../hotkey=B/x"));
        assertEquals("a/~./b/~~../c", LiteralKeys.escape("a/./b/~../c"));
        for (String segment : LiteralKeys.escape("./../a/../../b/.").split("/", -1)) {
            assertFalse(segment.equals(".") || segment.equals(".."), segment);
        }
    }

    @Test
    void escapingIsReversedExactlyAndLeavesOrdinaryKeysAlone() {
        for (String key : List.of("data/hotkey=A/../hotkey=B/x", "a/./b", "~../x", "~~./y", "...", "a/.hidden/b", "a//b/",
                "data/hotkey=A/job_id=1/data_20250101_120000_5.parquet", "~", "x~.y")) {
            assertEquals(key, LiteralKeys.unescape(LiteralKeys.escape(key)), key);
        }
        assertEquals("a/.hidden/.../b~", LiteralKeys.escape("a/.hidden/.../b~"));
    }

    @Test
    void aPrefixEndingInDotsListsItsFolderAndFilters() {
        assertEquals("data/hotkey=A/", LiteralKeys.storePrefix("data/hotkey=A/"));
        assertEquals("data/hotkey=A/~../", LiteralKeys.storePrefix("data/hotkey=A/../"));
        assertEquals("data/hotkey=A/", LiteralKeys.storePrefix("data/hotkey=A/."));
        assertEquals("data/hotkey=A/job", LiteralKeys.storePrefix("data/hotkey=A/job"));
        assertTrue(LiteralKeys.matches("data/hotkey=A/../x", "data/hotkey=A/."));
        assertFalse(LiteralKeys.matches("data/hotkey=A/x", "data/hotkey=A/."));
    }
}
