/**
 * Access: who may sign in and what they may do. Owns users, user_roles, teams, team_members, refresh_tokens,
 * api_clients and audit_events. Doors: {@link io.vorda.access.Users}, {@link io.vorda.access.Teams},
 * {@link io.vorda.access.Sessions}, {@link io.vorda.access.ApiClients}, {@link io.vorda.access.AuditLog} and
 * {@link io.vorda.access.Permissions}, which every other module's door calls. Publishes nothing yet.
 */
@NullMarked
package io.vorda.access;

import org.jspecify.annotations.NullMarked;
