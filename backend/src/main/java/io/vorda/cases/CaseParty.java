package io.vorda.cases;

import io.vorda.party.PartyId;

/** A party in a role on a case. */
public record CaseParty(PartyId party, CaseRole role) {
}
