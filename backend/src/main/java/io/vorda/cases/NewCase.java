package io.vorda.cases;

import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.client.ClientId;
import io.vorda.party.PartyId;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A new case: a client, at least one debtor, other parties in roles, at least one claim. */
public record NewCase(ClientId client, List<PartyId> debtors, List<CaseParty> others, List<NewClaim> claims,
                      @Nullable TeamId team, @Nullable UserId assignee) {
}
