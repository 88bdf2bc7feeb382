package io.subnetstorage.auth.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule is run on small classes planted to break it (test sources, package archfixtures), and
 * must fail naming the planted class: a rule that cannot fail protects nothing.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURES = "io.subnetstorage.auth.archfixtures";
    private static final ArchitectureRules RULES = new ArchitectureRules(FIXTURES, java.util.List.of("s3", "redis"));
    private static JavaClasses planted;

    @BeforeAll
    static void importFixtures() {
        planted = new ClassFileImporter().importPackages(FIXTURES);
    }

    private static void assertReports(ArchRule rule, String culprit) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(planted));
        assertTrue(failure.getMessage().contains(culprit), failure.getMessage());
    }

    @Test
    void forbidsFrameworkInDomain() {
        assertReports(RULES.coreUsesNoFramework(), "DomainUsingMicronaut");
    }

    @Test
    void forbidsEveryListedFrameworkInTheCore() {
        for (String planted : java.util.List.of("UsesMicrometer", "UsesHikari", "UsesPostgresDriver", "UsesSwagger")) {
            assertReports(RULES.coreUsesNoFramework(), planted);
        }
    }

    @Test
    void forbidsDomainUsingApplication() {
        assertReports(RULES.domainUsesNoApplication(), "DomainUsingApplication");
    }

    @Test
    void forbidsAdapterInApplication() {
        assertReports(RULES.coreUsesNoAdapterOrBootstrap(), "ApplicationUsingAdapter");
    }

    @Test
    void forbidsAdapterUsingAnotherAdapter() {
        assertReports(RULES.adaptersAreIndependent(), "RedisUsingS3");
    }

    @Test
    void forbidsAdapterUseOutsideBootstrap() {
        assertReports(RULES.onlyBootstrapUsesAdapters(), "ApplicationUsingAdapter");
    }

    @Test
    void forbidsClientUsingServerAdapters() {
        assertReports(RULES.clientUsesOnlyIdentityCode(), "ClientUsingS3");
    }

    @Test
    void forbidsBootstrapUseOutsideBootstrap() {
        assertReports(RULES.nothingUsesBootstrap(), "ApplicationUsingBootstrap");
    }

    @Test
    void forbidsBlockingControllerOnTheEventLoop() {
        assertReports(RULES.controllersStayOffTheEventLoop(), "EventLoopController.slow()");
    }

    @Test
    void forbidsPackageCycles() {
        assertReports(RULES.noPackageCycles(), "cycle.a");
    }
}
