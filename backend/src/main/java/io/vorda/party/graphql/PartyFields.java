package io.vorda.party.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Caller;
import io.vorda.api.Connections;
import io.vorda.api.GlobalId;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.party.AddressKind;
import io.vorda.party.AddressView;
import io.vorda.party.BankAccountView;
import io.vorda.party.ContactChannelView;
import io.vorda.party.Parties;
import io.vorda.party.PartyChangeView;
import io.vorda.party.PartyId;
import io.vorda.party.PartyNoteView;
import io.vorda.party.PartyView;
import io.vorda.party.StayView;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Fields of Party and its parts. Every association goes through a per-request DataLoader, so a page of parties
 * with addresses, channels, accounts, parents and children costs a fixed number of queries.
 */
@Singleton
class PartyFields implements SchemaWiring {

    static final String CHANNEL = "ContactChannel";
    static final String ADDRESS = "Address";
    static final String BANK_ACCOUNT = "BankAccount";
    private static final String PARTIES = "party.parties";
    private static final String ADDRESSES = "party.addresses";
    private static final String CHANNELS = "party.channels";
    private static final String ACCOUNTS = "party.accounts";
    private static final String STAYS = "party.stays";
    private static final String NOTES = "party.notes";
    private static final String HISTORY = "party.history";
    private static final String CHILDREN = "party.children";

    private final Parties parties;

    PartyFields(Parties parties) {
        this.parties = parties;
    }

    /** A page of one party's children: the DataLoader key. */
    record ChildrenKey(PartyId party, int first, @Nullable String after) {
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Party", type -> type
                .dataFetcher("id", env -> GlobalId.encode(PartyInputs.PARTY, party(env).id().value()))
                .dataFetcher("parent", env -> related(env, party(env).parent()))
                .dataFetcher("mergedInto", env -> related(env, party(env).mergedInto()))
                .dataFetcher("addresses", env -> this.<List<AddressView>>load(env, ADDRESSES))
                .dataFetcher("addressOn", env -> {
                    LocalDate date = env.getArgument("date");
                    AddressKind kind = env.getArgument("kind") == null ? AddressKind.RESIDENTIAL
                            : AddressKind.valueOf(env.getArgument("kind").toString());
                    return this.<List<AddressView>>load(env, ADDRESSES).thenApply(all -> all.stream()
                            .filter(a -> a.kind() == kind && a.isValidOn(date)).findFirst().orElse(null));
                })
                .dataFetcher("contactChannels", env -> this.<List<ContactChannelView>>load(env, CHANNELS))
                .dataFetcher("bankAccounts", env -> this.<List<BankAccountView>>load(env, ACCOUNTS))
                .dataFetcher("stays", env -> this.<List<StayView>>load(env, STAYS))
                .dataFetcher("notes", env -> this.<List<PartyNoteView>>load(env, NOTES))
                .dataFetcher("history", env -> this.<List<PartyChangeView>>load(env, HISTORY))
                .dataFetcher("children", env -> {
                    PageRequest page = PageRequest.of(env.getArgument("first"), env.getArgument("after"));
                    DataLoader<ChildrenKey, Page<PartyView>> loader = env.getDataLoader(CHILDREN);
                    return loader.load(new ChildrenKey(party(env).id(), page.size(), page.after())).thenApply(Connections::of);
                }));
        wiring.type("Address", type -> type.dataFetcher("id", env -> GlobalId.encode(ADDRESS, env.<AddressView>getSource().id())));
        wiring.type("ContactChannel", type -> type.dataFetcher("id", env -> GlobalId.encode(CHANNEL, env.<ContactChannelView>getSource().id())));
        wiring.type("BankAccount", type -> type.dataFetcher("id", env -> GlobalId.encode(BANK_ACCOUNT, env.<BankAccountView>getSource().id())));
        wiring.type("Stay", type -> type.dataFetcher("id", env -> GlobalId.encode("Stay", env.<StayView>getSource().id())));
        wiring.type("PartyChange", type -> type.dataFetcher("id", env -> GlobalId.encode("PartyChange", env.<PartyChangeView>getSource().id())));
        wiring.type("PartyNote", type -> type.dataFetcher("id", env -> GlobalId.encode("PartyNote", env.<PartyNoteView>getSource().id())));
    }

    private static PartyView party(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static Object related(DataFetchingEnvironment env, @Nullable PartyId id) {
        return id == null ? null : env.<PartyId, PartyView>getDataLoader(PARTIES).load(id);
    }

    private <T> CompletableFuture<T> load(DataFetchingEnvironment env, String loader) {
        return env.<PartyId, T>getDataLoader(loader).load(party(env).id());
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
        Caller caller = request.caller(Caller.class);
        registry.register(PARTIES, DataLoaderFactory.<PartyId, PartyView>newMappedDataLoader(
                (Set<PartyId> ids) -> CompletableFuture.completedFuture(parties.findMany(caller, ids))));
        register(registry, ADDRESSES, caller, parties::addressesOf);
        register(registry, CHANNELS, caller, parties::channelsOf);
        register(registry, ACCOUNTS, caller, parties::bankAccountsOf);
        register(registry, STAYS, caller, parties::staysOf);
        register(registry, NOTES, caller, parties::notesOf);
        register(registry, HISTORY, caller, parties::historiesOf);
        registry.register(CHILDREN, DataLoaderFactory.<ChildrenKey, Page<PartyView>>newMappedDataLoader(
                (Set<ChildrenKey> keys) -> CompletableFuture.completedFuture(children(caller, keys))));
    }

    private static <V> void register(DataLoaderRegistry registry, String name, Caller caller,
                                     BiFunction<Caller, Set<PartyId>, Map<PartyId, List<V>>> batch) {
        registry.register(name, DataLoaderFactory.<PartyId, List<V>>newMappedDataLoader(
                (Set<PartyId> ids) -> CompletableFuture.completedFuture(batch.apply(caller, ids))));
    }

    private Map<ChildrenKey, Page<PartyView>> children(Caller caller, Set<ChildrenKey> keys) {
        Map<ChildrenKey, Page<PartyView>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(k -> k.first() + "|" + k.after())).values().forEach(group -> {
            ChildrenKey sample = group.get(0);
            Map<PartyId, Page<PartyView>> pages = parties.childrenOf(caller, group.stream().map(ChildrenKey::party).toList(),
                    new PageRequest(sample.first(), sample.after()));
            group.forEach(key -> result.put(key, pages.get(key.party())));
        });
        return result;
    }
}
