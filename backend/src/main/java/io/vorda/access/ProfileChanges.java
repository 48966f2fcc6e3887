package io.vorda.access;

import org.jspecify.annotations.Nullable;

/** A user's changes to their own profile; a null field stays as it is (an empty phone removes the phone). */
public record ProfileChanges(@Nullable String name, @Nullable String phone, @Nullable Language language) {
}
