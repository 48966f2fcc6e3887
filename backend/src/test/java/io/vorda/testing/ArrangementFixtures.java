package io.vorda.testing;

import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.NewUser;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserView;
import io.vorda.access.Users;
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
import java.util.Set;

/** Clients, teams, caseworkers and cases for arrangement tests, made through the doors as users would. */
@Singleton
public class ArrangementFixtures {

    private final Parties parties;
    private final Clients clients;
    private final Cases cases;
    private final Teams teams;
    private final Users users;

    public ArrangementFixtures(Parties parties, Clients clients, Cases cases, Teams teams, Users users) {
        this.parties = parties;
        this.clients = clients;
        this.cases = cases;
        this.teams = teams;
        this.users = users;
    }

    public TeamView aTeam() {
        return teams.create(Caller.system(), "Arrangements " + System.nanoTime(), null);
    }

    /** A user with the role in the team, ready to sign in with {@link AccessFixtures#PASSWORD}. */
    public UserView aMember(Role role, TeamView team) {
        UserView user = users.create(Caller.system(), new NewUser("Member " + System.nanoTime(), "a" + System.nanoTime() + "@test.example",
                null, Language.EN, Set.of(role), List.of(team.id()), AccessFixtures.PASSWORD));
        users.markPasswordChosen(Caller.system(), user.id());
        return user;
    }

    public ClientView aClient(Jurisdiction jurisdiction) {
        PartyId party = created(new NewParty(PartyKind.ORGANISATION, null,
                new OrganisationDetails("Creditor " + System.nanoTime(), null, null, null, null), Language.EN, null, null, null, null, null, true));
        return clients.create(Caller.system(), new NewClient(party, jurisdiction, null, new TermsInput(InterestBasis.STATUTORY,
                TransactionType.CONSUMER, null, null, null, Map.of(), AllocationOrder.JURISDICTION_DEFAULT, null), null, null, List.of()));
    }

    /** An ACTIVE case of the client, worked by the team, with one claim per principal amount. */
    public CaseView anActiveCase(ClientView client, TeamView team, String... principals) {
        PartyId debtor = created(new NewParty(PartyKind.PERSON, new PersonName("Jan", null, "Debtor " + System.nanoTime(), null),
                null, Language.NL, null, null, null, null, null, true));
        List<NewClaim> claims = new ArrayList<>();
        for (int i = 0; i < principals.length; i++) {
            claims.add(new NewClaim("INV-" + System.nanoTime() + "-" + i, LocalDate.parse("2025-11-01"), LocalDate.parse("2025-12-01"),
                    new BigDecimal(principals[i]), null, null));
        }
        CaseView opened = cases.open(Caller.system(), new NewCase(client.id(), List.of(debtor), List.of(), claims, team.id(), null));
        return cases.activate(Caller.system(), opened.id());
    }

    private PartyId created(NewParty party) {
        return ((PartyCreation.Created) parties.create(Caller.system(), party)).party().id();
    }
}
