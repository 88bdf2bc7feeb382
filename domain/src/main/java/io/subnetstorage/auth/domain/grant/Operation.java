package io.subnetstorage.auth.domain.grant;

/** What a grant lets its holder do under its prefix. */
public enum Operation {
    UPLOAD,
    READ,
    LIST
}
