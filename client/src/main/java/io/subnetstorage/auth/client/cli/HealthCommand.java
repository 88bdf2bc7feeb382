package io.subnetstorage.auth.client.cli;

import io.subnetstorage.auth.client.ServiceClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "health", description = "Print the service's /healthcheck; exit 1 unless its status is ok.")
class HealthCommand implements Callable<Integer> {

    @Mixin
    ServiceMixin service;

    @Override
    public Integer call() throws Exception {
        var health = ServiceClient.anonymous(service.service).health();
        System.out.println(Main.PRETTY.writeValueAsString(health));
        return "ok".equals(health.path("status").asText()) ? 0 : 1;
    }
}
