package io.vorda;

import io.micronaut.runtime.Micronaut;

/** Starts Vorda: one stateless backend serving the staff GraphQL API, the REST APIs and the web apps. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).start();
    }
}
