package io.subnetstorage.auth.bootstrap.wiring;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.subnetstorage.auth.bootstrap.config.ChainConfig;
import io.subnetstorage.auth.bootstrap.config.ServerConfig;
import jakarta.inject.Singleton;

/**
 * Binds the HTTP server where HOST and PORT say (SPEC §12). HOST always ends up explicit, so the server never
 * binds every interface by accident and the start-up line can print the address it really uses. Without PORT the
 * server keeps its own setting: 8000 from application.yml, or whatever a test asked for.
 */
@Singleton
final class HttpBinding implements BeanCreatedEventListener<NettyHttpServerConfiguration> {

    private final ServerConfig server;
    private final ChainConfig chain;

    HttpBinding(ServerConfig server, ChainConfig chain) {
        this.server = server;
        this.chain = chain;
    }

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration configuration = event.getBean();
        configuration.setHost(server.bindHost(chain.usesDevMetagraph()));
        server.port().ifPresent(configuration::setPort);
        return configuration;
    }
}
