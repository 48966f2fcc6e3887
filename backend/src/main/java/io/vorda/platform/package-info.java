/**
 * Platform: the technical wiring around the modules — the Clock, the GraphQL engine and endpoint, problem+json
 * errors, security hooks, serving the web apps and API docs, demo data. Depends on the modules; no module depends
 * on it (ARCHITECTURE §5).
 */
@NullMarked
package io.vorda.platform;

import org.jspecify.annotations.NullMarked;
