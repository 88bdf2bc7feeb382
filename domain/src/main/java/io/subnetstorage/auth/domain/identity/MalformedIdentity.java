package io.subnetstorage.auth.domain.identity;

/** An address, key or signature that cannot even be parsed. The contract answers these with 401 Invalid signature. */
public class MalformedIdentity extends IllegalArgumentException {
    public MalformedIdentity(String message) {
        super(message);
    }
}
