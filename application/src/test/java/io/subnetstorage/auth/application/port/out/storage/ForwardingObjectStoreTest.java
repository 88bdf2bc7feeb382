package io.subnetstorage.auth.application.port.out.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForwardingObjectStoreTest {

    /** A method of the port left to its default would answer "absent" for a store that has the capability. */
    @Test
    void forwardsEveryMethodOfThePort() {
        List<String> notForwarded = Arrays.stream(ObjectStore.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !declares(method))
                .map(Method::getName)
                .toList();
        assertEquals(List.of(), notForwarded);
    }

    @Test
    void eachCallReachesTheDelegateWithItsArgumentsAndAnswer() throws Exception {
        List<String> calls = new ArrayList<>();
        Optional<Listings> listings = Optional.of((Listings) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Listings.class}, (proxy, method, args) -> null));
        ObjectStore delegate = (ObjectStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ObjectStore.class},
                (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null ? "" : Arrays.toString(args)));
                    return method.getReturnType() == Optional.class ? (method.getName().equals("listings") ? listings : Optional.empty()) : null;
                });
        ObjectStore forwarding = new ForwardingObjectStore(delegate) {
        };
        assertSame(listings, forwarding.listings());
        forwarding.health(Duration.ofSeconds(3));
        forwarding.close();
        assertEquals(List.of("listings", "health[PT3S]", "close"), calls);
        assertTrue(forwarding.credit().isEmpty());
    }

    private static boolean declares(Method method) {
        try {
            ForwardingObjectStore.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException absent) {
            return false;
        }
    }
}
