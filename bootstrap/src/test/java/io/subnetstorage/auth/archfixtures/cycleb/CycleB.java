package io.subnetstorage.auth.archfixtures.cycleb;

import io.subnetstorage.auth.archfixtures.cyclea.CycleA;

/** Planted violation: the other half of the cycle. */
public class CycleB {

    public CycleA back() {
        return new CycleA();
    }
}
