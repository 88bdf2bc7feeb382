package io.subnetstorage.auth.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency rule of ADR 0001, for any root package and its adapter packages: the product's ({@code io.subnetstorage.auth})
 * and the planted violations' ({@code io.subnetstorage.auth.archfixtures}), so each rule is shown to bite.
 */
final class ArchitectureRules {

    static final List<String> FRAMEWORKS = List.of("io.micronaut..", "jakarta..", "io.lettuce..", "software.amazon..",
            "io.minio..", "org.flywaydb..", "com.fasterxml..", "io.micrometer..", "com.zaxxer..", "org.postgresql..", "io.swagger..",
            "org.gaul..", "io.zonky..", "org.bouncycastle..", "okhttp3..");

    private final String root;
    private final List<String> adapters;

    /** {@code adapters}: the adapter packages under {@code root}, e.g. the reactor's {@code adapters-*} modules. */
    ArchitectureRules(String root, List<String> adapters) {
        this.root = root;
        this.adapters = List.copyOf(adapters);
    }

    ArchRule coreUsesNoFramework() {
        return noClasses().that().resideInAnyPackage(core())
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
                .because("domain and application are plain Java; frameworks live in adapters and bootstrap");
    }

    ArchRule domainUsesNoApplication() {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..")
                .because("the domain is the innermost ring: use cases depend on it, never the reverse");
    }

    ArchRule coreUsesNoAdapterOrBootstrap() {
        List<String> outer = new ArrayList<>(adapterPackages());
        outer.add(root + ".bootstrap..");
        return noClasses().that().resideInAnyPackage(core())
                .should().dependOnClassesThat().resideInAnyPackage(outer.toArray(String[]::new))
                .because("the core reaches the outside only through its ports");
    }

    ArchRule adaptersAreIndependent() {
        List<ArchRule> rules = new ArrayList<>();
        for (String adapter : adapters) {
            String[] others = adapters.stream().filter(a -> !a.equals(adapter)).map(a -> root + "." + a + "..")
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(root + "." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others).allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules)
                .because("one adapter per technology, swapped alone; only bootstrap combines them");
    }

    ArchRule onlyBootstrapUsesAdapters() {
        List<String> allowed = new ArrayList<>(adapterPackages());
        allowed.add(root + ".bootstrap..");
        allowed.add(root + ".client..");
        return noClasses().that().resideOutsideOfPackages(allowed.toArray(String[]::new))
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage(adapterPackages().toArray(String[]::new))
                .because("adapters are chosen by configuration in bootstrap, nowhere else");
    }

    /** The client signs requests with the server's key code, and uses nothing else of the server's outer ring. */
    ArchRule clientUsesOnlyIdentityCode() {
        List<String> forbidden = new ArrayList<>(adapters.stream().filter(a -> !a.equals("bittensor")).map(a -> root + "." + a + "..").toList());
        forbidden.add(root + ".bittensor.metagraph..");
        forbidden.add(root + ".bootstrap..");
        return noClasses().that().resideInAPackage(root + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .allowEmptyShould(true)
                .because("the client ships to miners and validators without the server's adapters");
    }

    ArchRule nothingUsesBootstrap() {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..").and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .because("bootstrap is the outermost ring");
    }

    ArchRule controllersStayOffTheEventLoop() {
        return EventLoopRule.controllersReachingPortsStayOffTheEventLoop(root);
    }

    ArchRule noPackageCycles() {
        return slices().matching(root + ".(*).(*)..").should().beFreeOfCycles();
    }

    private String[] core() {
        return new String[] {root + ".domain..", root + ".application.."};
    }

    private List<String> adapterPackages() {
        return Arrays.asList(adapters.stream().map(a -> root + "." + a + "..").toArray(String[]::new));
    }
}
