/**
 * Client: the creditors we collect for — a client profile on a party with its jurisdiction, currency and
 * collection terms. Owns clients, client_action_costs, client_contacts and client_users (which clients a client user
 * represents, ADR 0015). Door: {@link io.vorda.client.Clients}.
 * This release stores and edits the terms; the interest and ledger modules compute with them.
 */
@NullMarked
package io.vorda.client;

import org.jspecify.annotations.NullMarked;
