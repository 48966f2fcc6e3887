/**
 * The adapter kit every GraphQL and REST adapter shares: global ids, connections, userErrors, scalars and the
 * wiring contract that {@code platform} collects. Depends on {@code shared} and transport libraries only — never
 * on a module or on {@code platform} — so module adapters can use it without a dependency cycle.
 */
@NullMarked
package io.vorda.api;

import org.jspecify.annotations.NullMarked;
