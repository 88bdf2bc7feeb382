package io.subnetstorage.auth.huggingface;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of the module (thread-safe once configured). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
