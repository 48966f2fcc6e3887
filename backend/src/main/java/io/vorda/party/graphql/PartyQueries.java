package io.vorda.party.graphql;

import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Caller;
import io.vorda.api.Connections;
import io.vorda.api.GlobalId;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.party.Parties;
import io.vorda.party.PartyId;
import io.vorda.party.PartyView;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;

import java.util.Map;

/** Query.partySearch, Query.parties and node(id:) for parties. */
@Singleton
class PartyQueries implements SchemaWiring {

    private final Parties parties;

    PartyQueries(Parties parties) {
        this.parties = parties;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("partySearch", env -> parties.search(PartyInputs.caller(env), env.getArgument("text"),
                        env.<Integer>getArgumentOrDefault("first", 10) == null ? 10 : env.<Integer>getArgument("first")))
                .dataFetcher("parties", env -> Connections.of(parties.list(PartyInputs.caller(env),
                        PartyInputs.filter(env.getArgument("filter")),
                        PageRequest.of(env.getArgument("first"), env.getArgument("after"))))));
    }

    @Override
    public Map<Class<?>, String> nodeTypes() {
        return Map.of(PartyView.class, PartyInputs.PARTY);
    }

    @Override
    public Object node(RequestContext request, GlobalId id) {
        return PartyInputs.PARTY.equals(id.type())
                ? parties.find(request.caller(Caller.class), new PartyId(id.id())).orElse(null) : null;
    }
}
