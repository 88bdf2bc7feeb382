package io.subnetstorage.auth.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.reactivestreams.Publisher;

/**
 * Issue 12 item 3: Micronaut runs a controller method on Netty's event loop unless told otherwise, so one
 * blocking call there stalls every connection that loop serves. A controller that reaches a port (a store,
 * Redis, PostgreSQL, the metagraph source) or JDBC must run on the blocking pool, or answer asynchronously.
 */
final class EventLoopRule {

    private EventLoopRule() {
    }

    static ArchRule controllersReachingPortsStayOffTheEventLoop(String root) {
        List<String> blockingPackages = List.of(root + ".application.port", "javax.sql");
        // An exception type declared beside the ports (AccessRefused) is answered, not called: an error route
        // that only names one reaches nothing that blocks.
        DescribedPredicate<JavaClass> reachPorts = DescribedPredicate.describe("reach a port or JDBC",
                controller -> controller.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass())
                        .filter(target -> !target.isAssignableTo(Throwable.class))
                        .map(JavaClass::getPackageName)
                        .anyMatch(target -> blockingPackages.stream().anyMatch(target::startsWith)));
        return classes().that().areAnnotatedWith(Controller.class).and(reachPorts)
                .should(runOffTheEventLoop())
                .allowEmptyShould(true)
                .because("a blocking call on the event loop stalls unrelated requests (16 health calls once stalled all)");
    }

    private static ArchCondition<JavaClass> runOffTheEventLoop() {
        return new ArchCondition<>("run on the blocking pool or answer asynchronously") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                if (onBlockingPool(controller)) {
                    return;
                }
                for (JavaMethod route : controller.getMethods()) {
                    if (route.isMetaAnnotatedWith(HttpMethodMapping.class) && !asynchronous(route)) {
                        events.add(SimpleConditionEvent.violated(route, route.getFullName()
                                + " blocks the event loop: annotate its class @ExecuteOn(TaskExecutors.BLOCKING) or return a CompletionStage"));
                    }
                }
            }
        };
    }

    private static boolean onBlockingPool(JavaClass controller) {
        return controller.tryGetAnnotationOfType(ExecuteOn.class)
                .map(executeOn -> List.of(executeOn.value()).contains(TaskExecutors.BLOCKING)
                        || List.of(executeOn.value()).contains(TaskExecutors.IO))
                .orElse(false);
    }

    private static boolean asynchronous(JavaMethod route) {
        JavaClass returned = route.getRawReturnType();
        return returned.isAssignableTo(CompletionStage.class) || returned.isAssignableTo(Publisher.class);
    }
}
