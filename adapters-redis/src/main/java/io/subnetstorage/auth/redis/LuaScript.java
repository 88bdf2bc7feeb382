package io.subnetstorage.auth.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Lua script sent once with SCRIPT LOAD and then run by its SHA, so each call sends only keys and
 * arguments. Redis forgets scripts on restart or SCRIPT FLUSH; then EVALSHA answers NOSCRIPT and the
 * script is loaded again and the call retried once.
 */
final class LuaScript {

    private final String source;
    private volatile String sha;

    private LuaScript(String source) {
        this.source = source;
    }

    static LuaScript fromResource(String name) {
        try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + name);
            }
            return new LuaScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Object> run(RedisCommands<String, String> commands, String[] keys, String... args) {
        return run(commands, ScriptOutputType.MULTI, keys, args);
    }

    <T> T run(RedisCommands<String, String> commands, ScriptOutputType output, String[] keys, String... args) {
        String known = sha;
        if (known == null) {
            known = load(commands);
        }
        try {
            return commands.evalsha(known, output, keys, args);
        } catch (RedisNoScriptException forgotten) {
            return commands.evalsha(load(commands), output, keys, args);
        }
    }

    private String load(RedisCommands<String, String> commands) {
        String loaded = commands.scriptLoad(source);
        sha = loaded;
        return loaded;
    }
}
