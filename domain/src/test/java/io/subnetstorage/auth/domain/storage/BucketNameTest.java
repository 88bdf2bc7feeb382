package io.subnetstorage.auth.domain.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Buckets and Hub repos are named by their own rules; admitting repo ids loosens nothing for S3 buckets. */
class BucketNameTest {

    private static final String MINER_REPO = "sn46-mirror/sn46-5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    @Test
    void aBucketFollowsTheS3RuleAsBefore() {
        assertEquals(BucketName.Naming.S3_BUCKET, new BucketName("sn46-data").naming());
        for (String refused : new String[] {MINER_REPO, "ns/bucket", "Capitals", "ab", "192.168.0.1", "a..b", "xn--bucket"}) {
            assertThrows(IllegalArgumentException.class, () -> new BucketName(refused), refused);
            assertFalse(BucketName.isValid(refused), refused);
        }
    }

    @Test
    void aPerMinerRepoIdIsAHubRepoButNoBucket() {
        BucketName repo = BucketName.hubRepo(MINER_REPO);
        assertEquals(BucketName.Naming.HUB_REPO, repo.naming());
        assertEquals(MINER_REPO, repo.value());
        assertEquals(MINER_REPO, repo.toString());
        assertEquals(repo, BucketName.hubRepo(MINER_REPO));
    }

    @Test
    void aHubRepoFollowsTheHubsRule() {
        for (String refused : new String[] {"no-slash", "a/b/c", "/name", "ns/", "ns/a--b", "ns/a..b", "ns/-a", "ns/a.",
                "ns/" + "x".repeat(97), "ns/with space"}) {
            assertThrows(IllegalArgumentException.class, () -> BucketName.hubRepo(refused), refused);
        }
        assertTrue(HubRepoName.isValid("Org_1/" + "x".repeat(96)));
    }
}
