package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.subnetstorage.auth.bootstrap.logging.ServiceLogLayout;
import org.slf4j.MDC;

/**
 * A request's id in the MDC of whichever thread handles it, the thread's own value put back afterwards. Micronaut's
 * {@code MdcPropagationContext} does the same for the whole MDC map, copying it at every thread hop; the request id is
 * the only entry the service puts there, so only it travels.
 */
final class RequestIdInMdc implements ThreadPropagatedContextElement<String> {

    private final RequestId id;

    RequestIdInMdc(RequestId id) {
        this.id = id;
    }

    @Override
    public String updateThreadContext() {
        String previous = MDC.get(ServiceLogLayout.REQUEST_ID);
        MDC.put(ServiceLogLayout.REQUEST_ID, id.value());
        return previous;
    }

    @Override
    public void restoreThreadContext(String previous) {
        if (previous == null) {
            MDC.remove(ServiceLogLayout.REQUEST_ID);
        } else {
            MDC.put(ServiceLogLayout.REQUEST_ID, previous);
        }
    }
}
