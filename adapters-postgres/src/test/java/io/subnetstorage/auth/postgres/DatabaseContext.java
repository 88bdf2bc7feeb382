package io.subnetstorage.auth.postgres;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One fresh, migrated database and an application context on it for a whole test class. */
final class DatabaseContext implements BeforeAllCallback, AfterAllCallback {

    private final Map<String, Object> properties;
    private TestDatabase database;
    private ApplicationContext context;

    DatabaseContext(Map<String, Object> properties) {
        this.properties = properties;
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        database = TestDatabase.create();
        context = database.start(properties);
    }

    @Override
    public void afterAll(ExtensionContext extension) throws Exception {
        try {
            context.close();
        } finally {
            database.close();
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    TestDatabase database() {
        return database;
    }
}
