package io.vorda.party.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.api.GlobalId;
import io.vorda.api.RequestContext;
import io.vorda.party.AddressKind;
import io.vorda.party.NewAddress;
import io.vorda.party.OrganisationDetails;
import io.vorda.party.PartyFilter;
import io.vorda.party.PartyId;
import io.vorda.party.PartyKind;
import io.vorda.party.PersonName;
import io.vorda.party.RegistrationScheme;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Map;

/** Reading the party schema's GraphQL arguments into door types. */
final class PartyInputs {

    static final String PARTY = "Party";

    private PartyInputs() {
    }

    static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }

    static Map<String, Object> input(DataFetchingEnvironment env) {
        return env.getArgument("input");
    }

    static PartyId partyId(@Nullable Object value, String field) {
        if (value == null) {
            throw new io.vorda.shared.DomainException(io.vorda.shared.ErrorCode.REQUIRED, field + " is required.", field);
        }
        return new PartyId(GlobalId.decode(value.toString(), PARTY, field));
    }

    static @Nullable PartyId optionalPartyId(@Nullable Object value, String field) {
        return value == null ? null : partyId(value, field);
    }

    /** The id of one of a party's parts (address, channel, account), required. */
    static java.util.UUID partId(Map<String, Object> in, String name, String type) {
        Object value = in.get(name);
        if (value == null) {
            throw new io.vorda.shared.DomainException(io.vorda.shared.ErrorCode.REQUIRED, name + " is required.", name);
        }
        return GlobalId.decode(value.toString(), type, name);
    }

    /** True when the input names the field with null: "clear it", as opposed to leaving it out ("keep it"). */
    static boolean isExplicitNull(Map<String, Object> in, String name) {
        return in.containsKey(name) && in.get(name) == null;
    }

    static @Nullable String text(Map<String, Object> in, String name) {
        Object value = in.get(name);
        return value == null ? null : value.toString();
    }

    static @Nullable LocalDate date(Map<String, Object> in, String name) {
        return (LocalDate) in.get(name);
    }

    static @Nullable <E extends Enum<E>> E enumValue(Map<String, Object> in, String name, Class<E> type) {
        Object value = in.get(name);
        return value == null ? null : Enum.valueOf(type, value.toString());
    }

    @SuppressWarnings("unchecked")
    static @Nullable PersonName person(Map<String, Object> in) {
        Map<String, Object> p = (Map<String, Object>) in.get("person");
        return p == null ? null : new PersonName(text(p, "givenNames"), text(p, "familyNamePrefix"),
                text(p, "familyName") == null ? "" : text(p, "familyName"), date(p, "dateOfBirth"));
    }

    @SuppressWarnings("unchecked")
    static @Nullable OrganisationDetails organisation(Map<String, Object> in) {
        Map<String, Object> o = (Map<String, Object>) in.get("organisation");
        return o == null ? null : new OrganisationDetails(text(o, "legalName") == null ? "" : text(o, "legalName"),
                text(o, "tradeName"), enumValue(o, "registrationScheme", RegistrationScheme.class),
                text(o, "registrationNumber"), text(o, "vatNumber"));
    }

    @SuppressWarnings("unchecked")
    static @Nullable NewAddress address(Map<String, Object> in) {
        Map<String, Object> a = (Map<String, Object>) in.get("address");
        if (a == null) {
            return null;
        }
        AddressKind kind = enumValue(a, "kind", AddressKind.class);
        return new NewAddress(kind == null ? AddressKind.RESIDENTIAL : kind, text(a, "street"), text(a, "houseNumber"),
                text(a, "houseNumberAddition"), text(a, "postcode"), text(a, "city"), text(a, "country"), date(a, "validFrom"));
    }

    static @Nullable Language language(Map<String, Object> in) {
        return enumValue(in, "language", Language.class);
    }

    static PartyFilter filter(@Nullable Map<String, Object> f) {
        if (f == null) {
            return new PartyFilter(null, null, null, null, null, null, null, null, null);
        }
        return new PartyFilter(text(f, "name"), enumValue(f, "kind", PartyKind.class), text(f, "postcode"),
                text(f, "houseNumber"), text(f, "iban"), text(f, "email"), text(f, "phone"), date(f, "dateOfBirth"),
                text(f, "registrationNumber"));
    }
}
