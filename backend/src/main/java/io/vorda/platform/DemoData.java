package io.vorda.platform;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.NewUser;
import io.vorda.access.Role;
import io.vorda.access.TeamId;
import io.vorda.access.Teams;
import io.vorda.access.Users;
import io.vorda.party.AddressKind;
import io.vorda.party.NewAddress;
import io.vorda.party.NewParty;
import io.vorda.party.OrganisationDetails;
import io.vorda.party.Parties;
import io.vorda.party.PartyCreation;
import io.vorda.party.PartyFilter;
import io.vorda.party.PartyId;
import io.vorda.party.PartyKind;
import io.vorda.party.PersonName;
import io.vorda.party.RegistrationScheme;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo data for {@code make run}: three teams and one user per role. Loaded once — what exists is left alone, so
 * restarting never duplicates or resets anything. Never enabled in production (vorda.demo-data.enabled).
 */
@Singleton
@Requires(property = "vorda.demo-data.enabled", value = "true")
class DemoData implements ApplicationEventListener<ServerStartupEvent> {

    /** The one password of every demo account; printed at start-up, meant to be typed. */
    static final String PASSWORD = "vorda-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private record DemoUser(String name, String email, Role role, Language language, List<String> teams) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("Ada Admin", "admin@vorda.example", Role.ADMIN, Language.EN, List.of()),
            new DemoUser("Sam Supervisor", "supervisor@vorda.example", Role.SUPERVISOR, Language.NL,
                    List.of("Collections North", "Collections South")),
            new DemoUser("Casey Worker", "caseworker@vorda.example", Role.CASEWORKER, Language.NL, List.of("Collections North")),
            new DemoUser("Finn Field", "field@vorda.example", Role.FIELD_AGENT, Language.DE, List.of("Field Team")),
            new DemoUser("Chris Client", "client@vorda.example", Role.CLIENT_USER, Language.EN, List.of()));

    private static final List<String[]> TEAMS = List.of(
            new String[] {"Collections North", "Amicable collection, debtors in the north"},
            new String[] {"Collections South", "Amicable collection, debtors in the south"},
            new String[] {"Field Team", "House visits and payments at the door"});

    private final Users users;
    private final Teams teams;
    private final Parties parties;
    private final DemoCases demoCases;

    DemoData(Users users, Teams teams, Parties parties, DemoCases demoCases) {
        this.users = users;
        this.teams = teams;
        this.parties = parties;
        this.demoCases = demoCases;
    }

    /** Creditors and debtors in each jurisdiction, a company with a branch and a contact person. */
    private void loadParties(Caller system) {
        if (parties.list(system, new PartyFilter(null, null, null, null, null, null, null, null, "27312152"),
                PageRequest.of(1, null)).totalCount() > 0) {
            return; // loaded before
        }
        PartyId energy = created(parties.create(system, new NewParty(PartyKind.ORGANISATION, null,
                new OrganisationDetails("Noordzee Energie B.V.", "Noordzee Energie", RegistrationScheme.KVK, "27312152", "NL812345678B01"),
                Language.NL, null, new NewAddress(AddressKind.RESIDENTIAL, "Stationsplein", "1", null, "2511 AB", "Den Haag", "NL",
                LocalDate.of(2015, 1, 1)), "070 123 4567", "incasso@noordzee-energie.example", "NL91ABNA0417164300", true)));
        PartyId branch = created(parties.create(system, new NewParty(PartyKind.ORGANISATION, null,
                new OrganisationDetails("Noordzee Energie B.V. vestiging Groningen", null, null, null, null), Language.NL, energy,
                new NewAddress(AddressKind.RESIDENTIAL, "Grote Markt", "10", null, "9711 LV", "Groningen", "NL", LocalDate.of(2018, 3, 1)),
                null, null, null, true)));
        created(parties.create(system, new NewParty(PartyKind.PERSON, new PersonName("Marieke", null, "Bakker", null), null, Language.NL,
                branch, null, "06 1122 3344", "m.bakker@noordzee-energie.example", null, true)));
        created(parties.create(system, new NewParty(PartyKind.ORGANISATION, null,
                new OrganisationDetails("Brabo Telecom NV", null, RegistrationScheme.KBO, "0403.219.694", null), Language.FR, null,
                new NewAddress(AddressKind.RESIDENTIAL, "Meir", "50", null, "2000", "Antwerpen", "BE", LocalDate.of(2012, 6, 1)),
                null, null, "BE68539007547034", true)));
        created(parties.create(system, new NewParty(PartyKind.PERSON, new PersonName("Jan Pieter", "de", "Vries", LocalDate.of(1979, 4, 12)),
                null, Language.NL, null, new NewAddress(AddressKind.RESIDENTIAL, "Dorpsstraat", "12", "A", "3512 JK", "Utrecht", "NL",
                LocalDate.of(2019, 8, 1)), "06 1234 5678", "jp.devries@mail.example", "NL02ABNA0123456789", true)));
        created(parties.create(system, new NewParty(PartyKind.PERSON, new PersonName("Sophie", null, "Peeters", LocalDate.of(1988, 11, 3)),
                null, Language.FR, null, new NewAddress(AddressKind.RESIDENTIAL, "Rue Neuve", "5", null, "1000", "Bruxelles", "BE",
                LocalDate.of(2021, 2, 1)), "0470 12 34 56", null, null, true)));
        created(parties.create(system, new NewParty(PartyKind.PERSON, new PersonName("Lukas", null, "Schneider", LocalDate.of(1992, 7, 21)),
                null, Language.DE, null, new NewAddress(AddressKind.RESIDENTIAL, "Torstraße", "100", null, "10119", "Berlin", "DE",
                LocalDate.of(2017, 5, 1)), "030 1234567", "lukas.schneider@mail.example", "DE89370400440532013000", true)));
        created(parties.create(system, new NewParty(PartyKind.PERSON, new PersonName("Anna", null, "Kowalska", LocalDate.of(1985, 1, 30)),
                null, Language.PL, null, new NewAddress(AddressKind.RESIDENTIAL, "ul. Marszałkowska", "1", null, "00-950", "Warszawa", "PL",
                LocalDate.of(2016, 9, 1)), "601 234 567", null, "PL61109010140000071219812874", true)));
    }

    private static PartyId created(PartyCreation creation) {
        return ((PartyCreation.Created) creation).party().id();
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        Caller system = Caller.system();
        for (String[] team : TEAMS) {
            if (teams.findIdByName(team[0]).isEmpty()) {
                teams.create(system, team[0], team[1]);
            }
        }
        for (DemoUser demo : USERS) {
            if (!users.exists(demo.email())) {
                List<TeamId> teamIds = demo.teams().stream().map(name -> teams.findIdByName(name).orElseThrow()).toList();
                var created = users.create(system, new NewUser(demo.name(), demo.email(), null, demo.language(),
                        Set.of(demo.role()), teamIds, PASSWORD));
                // demo accounts are ready to use: no forced password change on first sign-in
                users.markPasswordChosen(system, created.id());
            }
        }
        loadParties(system);
        demoCases.load(system);
        StringBuilder banner = new StringBuilder("\n\n  Vorda is ready at http://localhost:").append(event.getSource().getPort())
                .append("\n  Demo sign-ins (password ").append(PASSWORD).append("):\n");
        USERS.forEach(u -> banner.append("    %-12s %s%n".formatted(u.role(), u.email())));
        LOG.info(banner.toString());
    }
}
