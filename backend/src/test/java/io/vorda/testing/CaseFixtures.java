package io.vorda.testing;

import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.api.GlobalId;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.NewCase;
import io.vorda.cases.NewClaim;
import io.vorda.client.AllocationOrder;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.client.InterestBasis;
import io.vorda.client.Jurisdiction;
import io.vorda.client.NewClient;
import io.vorda.client.TermsInput;
import io.vorda.client.TransactionType;
import io.vorda.party.NewParty;
import io.vorda.party.OrganisationDetails;
import io.vorda.party.Parties;
import io.vorda.party.PartyCreation;
import io.vorda.party.PartyId;
import io.vorda.party.PartyKind;
import io.vorda.party.PersonName;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Teams, clients, debtors and cases for tests, made through the doors as the system, each with a unique name. */
@Singleton
public class CaseFixtures {

    private final Teams teams;
    private final Parties parties;
    private final Clients clients;
    private final Cases cases;

    public CaseFixtures(Teams teams, Parties parties, Clients clients, Cases cases) {
        this.teams = teams;
        this.parties = parties;
        this.clients = clients;
        this.cases = cases;
    }

    public TeamView aTeam(String name) {
        return teams.create(Caller.system(), name + " " + System.nanoTime(), null);
    }

    /** A Dutch client (EUR) whose new cases go to the team. */
    public ClientView aClient(String name, TeamView team) {
        PartyId creditor = created(parties.create(Caller.system(), new NewParty(PartyKind.ORGANISATION, null,
                new OrganisationDetails(name + " " + System.nanoTime(), null, null, null, null), Language.NL, null, null, null,
                null, null, true)));
        return clients.create(Caller.system(), new NewClient(creditor, Jurisdiction.NL, null,
                new TermsInput(InterestBasis.STATUTORY, TransactionType.CONSUMER, null, null, null, Map.of(),
                        AllocationOrder.JURISDICTION_DEFAULT, null), null, team.id(), List.of()));
    }

    public PartyId aDebtor(String familyName) {
        return created(parties.create(Caller.system(), new NewParty(PartyKind.PERSON, new PersonName("Anna", null, familyName, null),
                null, Language.NL, null, null, null, null, null, true)));
    }

    /** A case of the client in the team against a new debtor, one claim per amount. */
    public CaseView aCase(ClientView client, TeamView team, String... amounts) {
        return aCase(client, team, aDebtor("Debtor " + System.nanoTime()), amounts);
    }

    public CaseView aCase(ClientView client, TeamView team, PartyId debtor, String... amounts) {
        List<NewClaim> claims = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            claims.add(new NewClaim("INV-" + System.nanoTime() + "-" + i, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                    new BigDecimal(amounts[i]), null, null));
        }
        return cases.open(Caller.system(), new NewCase(client.id(), List.of(debtor), List.of(), claims, team.id(), null));
    }

    public static String id(CaseView view) {
        return GlobalId.encode("Case", view.id().value());
    }

    public static String id(TeamView team) {
        return GlobalId.encode("Team", team.id().value());
    }

    public static String id(ClientView client) {
        return GlobalId.encode("Client", client.id().value());
    }

    private static PartyId created(PartyCreation creation) {
        return ((PartyCreation.Created) creation).party().id();
    }
}
