package io.subnetstorage.auth.archfixtures.cycle.b;

import io.subnetstorage.auth.archfixtures.cycle.a.CycleA;

/** Planted violation: the other half of the cycle. */
public class CycleB {

    public CycleA back() {
        return new CycleA();
    }
}
