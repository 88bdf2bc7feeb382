package io.subnetstorage.auth.application.port.out.storage;

/** How a client sends one grant's bytes: a multipart form POST, or a PUT of the body with signed headers. */
public enum UploadMethod {
    POST,
    PUT
}
