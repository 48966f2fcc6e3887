package io.vorda.party.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Language;
import io.vorda.api.Payloads;
import io.vorda.api.SchemaWiring;
import io.vorda.party.ChannelKind;
import io.vorda.party.NewParty;
import io.vorda.party.Parties;
import io.vorda.party.PartyChanges;
import io.vorda.party.PartyCreation;
import io.vorda.party.PartyKind;
import io.vorda.party.StayKind;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The party mutations: one door call each; refusals come back as userErrors. */
@Singleton
class PartyMutations implements SchemaWiring {

    private final Parties parties;

    PartyMutations(Parties parties) {
        this.parties = parties;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type
                .dataFetcher("partyCreate", this::create)
                .dataFetcher("partyUpdate", change(in -> env -> parties.update(PartyInputs.caller(env), PartyInputs.partyId(in.get("partyId"), "partyId"),
                        new PartyChanges(PartyInputs.person(in), PartyInputs.organisation(in), PartyInputs.language(in),
                                PartyInputs.optionalPartyId(in.get("parentId"), "parentId"),
                                PartyInputs.enumValue(in, "preferredChannel", ChannelKind.class),
                                PartyInputs.isExplicitNull(in, "parentId"), PartyInputs.isExplicitNull(in, "preferredChannel")))))
                .dataFetcher("partyAddressAdd", change(in -> env -> parties.addAddress(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.address(in))))
                .dataFetcher("partyAddressCorrect", change(in -> env -> parties.correctAddress(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.partId(in, "addressId", PartyFields.ADDRESS),
                        PartyInputs.address(in))))
                .dataFetcher("partyAddressEnd", change(in -> env -> parties.endAddress(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.partId(in, "addressId", PartyFields.ADDRESS),
                        PartyInputs.date(in, "validUntil"))))
                .dataFetcher("partyContactChannelRemove", change(in -> env -> parties.removeContactChannel(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.partId(in, "channelId", PartyFields.CHANNEL))))
                .dataFetcher("partyBankAccountRemove", change(in -> env -> parties.removeBankAccount(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.partId(in, "bankAccountId", PartyFields.BANK_ACCOUNT))))
                .dataFetcher("partyContactChannelAdd", change(in -> env -> parties.addContactChannel(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.enumValue(in, "kind", ChannelKind.class),
                        PartyInputs.text(in, "value"), PartyInputs.text(in, "label"))))
                .dataFetcher("partyContactChannelOptOut", change(in -> env -> parties.setOptOut(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"),
                        PartyInputs.partId(in, "channelId", PartyFields.CHANNEL),
                        Boolean.TRUE.equals(in.get("optedOut")))))
                .dataFetcher("partyBankAccountAdd", change(in -> env -> parties.addBankAccount(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.text(in, "iban"),
                        PartyInputs.text(in, "bic"), PartyInputs.text(in, "holderName"))))
                .dataFetcher("partyVulnerabilitySet", change(in -> env -> parties.setVulnerability(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.text(in, "reason"),
                        PartyInputs.date(in, "from"), PartyInputs.date(in, "until"))))
                .dataFetcher("partyStayAdd", change(in -> env -> parties.addStay(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.enumValue(in, "kind", StayKind.class),
                        PartyInputs.text(in, "institution"), PartyInputs.date(in, "from"), PartyInputs.date(in, "until"))))
                .dataFetcher("partyNoteAdd", change(in -> env -> parties.addNote(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("partyId"), "partyId"), PartyInputs.text(in, "text"))))
                .dataFetcher("partyMerge", change(in -> env -> parties.merge(PartyInputs.caller(env),
                        PartyInputs.partyId(in.get("survivorId"), "survivorId"),
                        PartyInputs.partyId(in.get("duplicateId"), "duplicateId")))));
    }

    /** A mutation whose payload is {@code {party, userErrors}}. */
    private graphql.schema.DataFetcher<Object> change(Function<Map<String, Object>, Function<DataFetchingEnvironment, Object>> action) {
        return env -> Payloads.of("party", () -> action.apply(PartyInputs.input(env)).apply(env));
    }

    private Object create(DataFetchingEnvironment env) {
        return Payloads.with(() -> {
            Map<String, Object> in = PartyInputs.input(env);
            PartyKind kind = PartyInputs.enumValue(in, "kind", PartyKind.class);
            Language language = PartyInputs.language(in);
            PartyCreation outcome = parties.create(PartyInputs.caller(env), new NewParty(kind, PartyInputs.person(in),
                    PartyInputs.organisation(in), language == null ? Language.NL : language,
                    PartyInputs.optionalPartyId(in.get("parentId"), "parentId"), PartyInputs.address(in),
                    PartyInputs.text(in, "phone"), PartyInputs.text(in, "email"), PartyInputs.text(in, "iban"),
                    Boolean.TRUE.equals(in.get("allowDuplicates"))));
            return switch (outcome) {
                case PartyCreation.Created created -> Map.of("party", created.party(), "duplicates", List.of());
                case PartyCreation.PossibleDuplicates possible -> throw new PossibleDuplicatesFound(possible);
            };
        }, error -> error instanceof PossibleDuplicatesFound found
                ? Map.of("duplicates", found.possible.duplicates()) : Map.of("duplicates", List.of()));
    }

    /** Carries the duplicates out of the payload's happy path into a POSSIBLE_DUPLICATE user error. */
    private static final class PossibleDuplicatesFound extends DomainException {
        private final PartyCreation.PossibleDuplicates possible;

        PossibleDuplicatesFound(PartyCreation.PossibleDuplicates possible) {
            super(ErrorCode.POSSIBLE_DUPLICATE, "%d existing part%s look the same; use one or create anyway."
                    .formatted(possible.duplicates().size(), possible.duplicates().size() == 1 ? "y may" : "ies may"));
            this.possible = possible;
        }
    }
}
