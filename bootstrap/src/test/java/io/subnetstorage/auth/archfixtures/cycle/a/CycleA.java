package io.subnetstorage.auth.archfixtures.cycle.a;

import io.subnetstorage.auth.archfixtures.cycle.b.CycleB;

/** Planted violation: half of a package cycle. */
public class CycleA {

    public CycleB next() {
        return new CycleB();
    }
}
