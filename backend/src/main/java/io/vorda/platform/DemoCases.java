package io.vorda.platform;

import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.TeamId;
import io.vorda.access.Teams;
import io.vorda.access.UserId;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.CloseReason;
import io.vorda.cases.HoldReason;
import io.vorda.cases.NewCase;
import io.vorda.cases.NewClaim;
import io.vorda.client.AllocationOrder;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.client.CollectionAction;
import io.vorda.client.InterestBasis;
import io.vorda.client.Jurisdiction;
import io.vorda.client.NewClient;
import io.vorda.client.TermsInput;
import io.vorda.client.TransactionType;
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
import io.vorda.payment.NewPayment;
import io.vorda.payment.PaymentMethod;
import io.vorda.payment.Payments;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo clients in each jurisdiction and about two hundred cases in varied states, spread over the demo teams and
 * partly assigned to the demo caseworker. A fixed seed makes every fresh demo database look the same.
 */
@Singleton
class DemoCases {

    private static final int CASES = 200;
    private static final String[] GIVEN = {"Daan", "Emma", "Lotte", "Bram", "Sanne", "Thomas", "Julia", "Lukas", "Marie",
            "Jakub", "Zofia", "Louis", "Camille", "Noah", "Lea", "Piotr", "Anke", "Wout", "Nina", "Jonas"};
    private static final String[] FAMILY = {"Jansen", "de Boer", "Visser", "Smit", "Meijer", "Mulder", "Peeters", "Maes",
            "Müller", "Schmidt", "Fischer", "Nowak", "Wiśniewski", "Wójcik", "Dubois", "Lambert", "Bos", "Dekker", "Wagner", "Kaczmarek"};
    private static final String[][] PLACES = {{"NL", "3511 LX", "Utrecht", "Oudegracht"}, {"NL", "1012 JS", "Amsterdam", "Damrak"},
            {"BE", "9000", "Gent", "Veldstraat"}, {"BE", "4000", "Liège", "Rue Léopold"}, {"DE", "50667", "Köln", "Hohe Straße"},
            {"DE", "80331", "München", "Kaufingerstraße"}, {"PL", "31-042", "Kraków", "Rynek Główny"}, {"PL", "80-831", "Gdańsk", "Długa"}};

    private final Parties parties;
    private final Clients clients;
    private final Cases cases;
    private final Teams teams;
    private final Users users;
    private final Payments payments;
    private final Clock clock;

    DemoCases(Parties parties, Clients clients, Cases cases, Teams teams, Users users, Payments payments, Clock clock) {
        this.parties = parties;
        this.clients = clients;
        this.cases = cases;
        this.teams = teams;
        this.users = users;
        this.payments = payments;
        this.clock = clock;
    }

    void load(Caller system) {
        PartyId energy = first(system, "27312152");
        if (energy == null || !clients.ofParties(system, List.of(energy)).isEmpty()) {
            return; // no demo parties, or loaded before
        }
        TeamId north = teams.findIdByName("Collections North").orElseThrow();
        TeamId south = teams.findIdByName("Collections South").orElseThrow();
        TeamId field = teams.findIdByName("Field Team").orElseThrow();
        List<ClientView> demoClients = List.of(
                client(system, energy, Jurisdiction.NL, TransactionType.CONSUMER, InterestBasis.STATUTORY, north),
                client(system, first(system, "0403219694"), Jurisdiction.BE, TransactionType.CONSUMER, InterestBasis.STATUTORY, south),
                client(system, organisation(system, "Rhein Versand GmbH", RegistrationScheme.HRB, "HRB 12345", "Hohe Straße", "DE", "50667", "Köln"),
                        Jurisdiction.DE, TransactionType.COMMERCIAL, InterestBasis.STATUTORY, south),
                client(system, organisation(system, "Wisła Media sp. z o.o.", RegistrationScheme.KRS, "0000012345", "ul. Prosta", "PL", "00-950", "Warszawa"),
                        Jurisdiction.PL, TransactionType.CONSUMER, InterestBasis.CONTRACTUAL, north));
        // the demo client user represents the Dutch energy company, so signing in as them shows its cases only
        clients.linkUser(system, userId(system, "client@vorda.example"), List.of(demoClients.get(0).id()));
        Random random = new Random(20_260_302L);
        UserId caseworker = userId(system, "caseworker@vorda.example");
        List<TeamId> teamsInTurn = List.of(north, north, south, field);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < CASES; i++) {
            ClientView client = demoClients.get(i % demoClients.size());
            String[] place = PLACES[(i % 2) + 2 * (i % demoClients.size())];
            PartyId debtor = created(parties.create(system, new NewParty(PartyKind.PERSON,
                    new PersonName(GIVEN[random.nextInt(GIVEN.length)], null, FAMILY[random.nextInt(FAMILY.length)],
                            today.minusYears(20 + random.nextInt(50)).minusDays(random.nextInt(365))), null,
                    language(place[0]), null, new NewAddress(AddressKind.RESIDENTIAL, place[3], String.valueOf(1 + random.nextInt(150)),
                    null, place[1], place[2], place[0], today.minusYears(1 + random.nextInt(8))), null, null, null, true)));
            List<NewClaim> claims = new ArrayList<>();
            int claimCount = 1 + random.nextInt(3);
            for (int c = 0; c < claimCount; c++) {
                LocalDate invoiced = today.minusDays(40 + random.nextInt(400));
                claims.add(new NewClaim("%s-%05d".formatted(client.jurisdiction(), i * 10 + c), invoiced, invoiced.plusDays(30),
                        BigDecimal.valueOf(2_500L + random.nextInt(250_000), 2), "Invoice for services", "ORD-" + (1000 + i)));
            }
            CaseView opened = cases.open(system, new NewCase(client.id(), List.of(debtor), List.of(), claims,
                    teamsInTurn.get(i % teamsInTurn.size()), i % 5 == 0 ? caseworker : null));
            advance(system, opened, i, random);
            if (i % 20 >= 9 && i % 20 <= 12) {
                // a part payment some weeks ago, so the money tab shows allocations
                LocalDate paidOn = today.minusDays(5 + random.nextInt(30));
                payments.register(system, new NewPayment(opened.id(), BigDecimal.valueOf(2_500L + random.nextInt(10_000), 2), null,
                        paidOn, PaymentMethod.BANK_TRANSFER, List.of(), debtor, "Demo part payment"));
            }
        }
    }

    private void advance(Caller system, CaseView opened, int i, Random random) {
        int state = i % 20;
        if (state < 8) {
            return; // stays NEW
        }
        cases.activate(system, opened.id());
        if (state >= 15 && state < 17) {
            cases.hold(system, opened.id(), HoldReason.values()[random.nextInt(HoldReason.values().length)], "Demo hold");
        } else if (state >= 17) {
            cases.close(system, opened.id(), CloseReason.values()[random.nextInt(CloseReason.values().length)], "Demo close");
        } else if (state == 14) {
            cases.addNote(system, opened.id(), "Debtor called; promised to send proof of payment.");
        }
    }

    private UserId userId(Caller system, String email) {
        for (UserView user : users.list(system, new io.vorda.access.UserFilter(email, null, null, null),
                io.vorda.access.UserOrder.byName(), PageRequest.of(1, null)).items()) {
            return user.id();
        }
        throw new IllegalStateException("the demo user " + email + " is missing");
    }

    private ClientView client(Caller system, PartyId party, Jurisdiction jurisdiction, TransactionType type, InterestBasis basis, TeamId team) {
        return clients.create(system, new NewClient(party, jurisdiction, null, new TermsInput(basis, type,
                basis == InterestBasis.CONTRACTUAL ? new BigDecimal("9.5") : null, null, null,
                Map.of(CollectionAction.FIRST_REMINDER, new BigDecimal("7.50"), CollectionAction.HOUSE_VISIT, new BigDecimal("45.00")),
                AllocationOrder.JURISDICTION_DEFAULT, new BigDecimal("12.5")), null, team, List.of()));
    }

    private PartyId organisation(Caller system, String name, RegistrationScheme scheme, String number, String street,
                                 String country, String postcode, String city) {
        return created(parties.create(system, new NewParty(PartyKind.ORGANISATION, null,
                new OrganisationDetails(name, null, scheme, number, null), language(country), null,
                new NewAddress(AddressKind.RESIDENTIAL, street, "1", null, postcode, city, country, LocalDate.of(2010, 1, 1)),
                null, null, null, true)));
    }

    private PartyId first(Caller system, String registrationNumber) {
        var page = parties.list(system, new PartyFilter(null, null, null, null, null, null, null, null, registrationNumber), PageRequest.of(1, null));
        return page.items().isEmpty() ? null : page.items().get(0).id();
    }

    private static Language language(String country) {
        return switch (country) {
            case "BE" -> Language.FR;
            case "DE" -> Language.DE;
            case "PL" -> Language.PL;
            default -> Language.NL;
        };
    }

    private static PartyId created(PartyCreation creation) {
        return ((PartyCreation.Created) creation).party().id();
    }
}
