package io.vorda.party;

import java.util.UUID;

/** Identity of a party. */
public record PartyId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
