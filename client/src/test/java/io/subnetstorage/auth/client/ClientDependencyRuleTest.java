package io.subnetstorage.auth.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import io.subnetstorage.auth.client.planted.UsesAnApplicationPort;
import org.junit.jupiter.api.Test;

/**
 * The client may use its own code, the framework-free identity code and the domain's value types, and
 * nothing else of the server: no application services or ports, no other adapter, no bootstrap.
 */
class ClientDependencyRuleTest {

    static final ArchRule CLIENT_USES_ONLY_IDENTITY_CODE = ArchRuleDefinition.noClasses()
            .that().resideInAPackage("io.subnetstorage.auth.client..")
            .should().dependOnClassesThat(DescribedPredicate.describe("server code outside identity and domain",
                    ClientDependencyRuleTest::forbidden));

    private static boolean forbidden(JavaClass target) {
        String name = target.getPackageName() + ".";
        return name.startsWith("io.subnetstorage.auth.")
                && !name.startsWith("io.subnetstorage.auth.client.")
                && !name.startsWith("io.subnetstorage.auth.bittensor.identity.")
                && !name.startsWith("io.subnetstorage.auth.domain.");
    }

    @Test
    void theClientDependsOnlyOnIdentityAndDomainCode() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.subnetstorage.auth.client");

        assertTrue(production.size() > 20, "the rule must see the client's classes");
        CLIENT_USES_ONLY_IDENTITY_CODE.check(production);
    }

    @Test
    void theRuleBitesOnAPlantedViolation() {
        JavaClasses planted = new ClassFileImporter().importClasses(UsesAnApplicationPort.class);

        EvaluationResult result = CLIENT_USES_ONLY_IDENTITY_CODE.evaluate(planted);

        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("SignatureVerifier"), result.getFailureReport().toString());
        assertFalse(CLIENT_USES_ONLY_IDENTITY_CODE.evaluate(new ClassFileImporter().importClasses(Keys.class)).hasViolation());
    }
}
