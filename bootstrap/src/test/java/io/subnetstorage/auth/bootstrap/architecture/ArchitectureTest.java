package io.subnetstorage.auth.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's own classes (every module is on bootstrap's classpath) obey the dependency rule. */
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("io.subnetstorage.auth", AdapterModules.names());
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.subnetstorage.auth");
    }

    @Test
    void domainAndApplicationUseNoFramework() {
        RULES.coreUsesNoFramework().check(product);
    }

    @Test
    void domainUsesNoApplication() {
        RULES.domainUsesNoApplication().check(product);
    }

    /** The rules cover adapters by module; a module whose code sits elsewhere would escape them. */
    @Test
    void everyAdapterModuleKeepsItsCodeInItsOwnPackage() {
        var names = AdapterModules.names();
        org.junit.jupiter.api.Assertions.assertTrue(names.containsAll(java.util.List.of("s3", "redis", "postgres", "bittensor")),
                names::toString);
        for (String name : names) {
            java.nio.file.Path sources = AdapterModules.root().resolve(AdapterModules.PREFIX + name).resolve("src/main/java");
            org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.isDirectory(sources.resolve("io/subnetstorage/auth/" + name)),
                    () -> "adapters-" + name + " keeps its code in io.subnetstorage.auth." + name);
            org.junit.jupiter.api.Assertions.assertFalse(product.getPackage("io.subnetstorage.auth." + name).getClassesInPackageTree().isEmpty(),
                    () -> "no classes of adapters-" + name + " on the classpath: is it a dependency of bootstrap?");
        }
    }

    @Test
    void domainAndApplicationUseNoAdapterOrBootstrap() {
        RULES.coreUsesNoAdapterOrBootstrap().check(product);
    }

    @Test
    void adaptersDoNotUseEachOther() {
        RULES.adaptersAreIndependent().check(product);
    }

    @Test
    void onlyBootstrapUsesAdapters() {
        RULES.onlyBootstrapUsesAdapters().check(product);
    }

    @Test
    void clientUsesOnlyIdentityCode() {
        RULES.clientUsesOnlyIdentityCode().check(product);
    }

    @Test
    void nothingUsesBootstrap() {
        RULES.nothingUsesBootstrap().check(product);
    }

    @Test
    void controllersThatReachPortsStayOffTheEventLoop() {
        RULES.controllersStayOffTheEventLoop().check(product);
    }

    @Test
    void packagesHaveNoCycles() {
        RULES.noPackageCycles().check(product);
    }
}
