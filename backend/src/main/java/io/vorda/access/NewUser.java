package io.vorda.access;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/** What an administrator types to create a user; checked by {@link Users#create}. */
public record NewUser(String name, String email, @Nullable String phone, Language language, Set<Role> roles,
                      List<TeamId> teams, String temporaryPassword) {
}
