/**
 * The shared kernel: money, the error catalogue and paging. Depends on nothing but the JDK;
 * anything domain-specific belongs to a module, not here (ARCHITECTURE §5).
 */
@NullMarked
package io.vorda.shared;

import org.jspecify.annotations.NullMarked;
