package io.subnetstorage.auth.redis;

import io.subnetstorage.auth.application.testing.SingleUseChargesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The one-script claim and charge against a real Redis, answering as the replay guard and quota limiter in order. */
class RedisSingleUseChargesTest extends SingleUseChargesContract {

    private RedisStores stores;

    @BeforeAll
    static void requireRedis() {
        TestRedis.requireShared();
    }

    @Override
    protected Counters counters() {
        stores = RedisStores.connect(TestRedis.settings(TestRedis.sharedUrl(), TestRedis.uniquePrefix()));
        return new Counters(stores.singleUseCharges(), stores.replayGuard(), stores.quotaLimiter());
    }

    @AfterEach
    void disconnect() {
        if (stores != null) {
            stores.close();
        }
    }
}
