package io.subnetstorage.auth.archfixtures.cyclea;

import io.subnetstorage.auth.archfixtures.cycleb.CycleB;

/** Planted violation: half of a package cycle. */
public class CycleA {

    public CycleB next() {
        return new CycleB();
    }
}
