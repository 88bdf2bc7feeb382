package io.subnetstorage.auth.hippius;

import io.subnetstorage.auth.application.port.out.storage.AccountCredit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the service's own calls learned about the account's credit: a 402 makes it {@code EXHAUSTED}, a
 * later successful write makes it {@code OK} again. No call of its own: health must not cost a request.
 */
final class Credit implements AccountCredit {

    private final AtomicReference<State> state = new AtomicReference<>(State.UNKNOWN);

    @Override
    public State state() {
        return state.get();
    }

    void exhausted() {
        state.set(State.EXHAUSTED);
    }

    void written() {
        state.set(State.OK);
    }
}
