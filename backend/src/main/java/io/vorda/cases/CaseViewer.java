package io.vorda.cases;

import io.vorda.access.Caller;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A caller looking at cases during one request (a GraphQL query): which cases they may see is looked up once, and a
 * case checked once stays checked, so the field loaders of a page do not each look up the caller's teams and read
 * the page's cases again (ADR 0008). Get one from {@link Cases#viewer}; never keep it beyond the request, or a
 * changed team membership would go unnoticed.
 */
public final class CaseViewer {

    private final Caller caller;
    private final Supplier<CaseDirectory.Visibility> lookup;
    private volatile CaseDirectory.Visibility visibility;
    private final Set<UUID> seen = ConcurrentHashMap.newKeySet();

    CaseViewer(Caller caller, Supplier<CaseDirectory.Visibility> lookup) {
        this.caller = caller;
        this.lookup = lookup;
    }

    public Caller caller() {
        return caller;
    }

    CaseDirectory.Visibility visibility() {
        CaseDirectory.Visibility known = visibility;
        if (known == null) {
            known = lookup.get();
            visibility = known;
        }
        return known;
    }

    /** The ids not yet checked for this viewer. */
    List<UUID> unchecked(Collection<UUID> ids) {
        return ids.stream().filter(id -> !seen.contains(id)).distinct().toList();
    }

    boolean checked(UUID id) {
        return seen.contains(id);
    }

    void saw(Collection<UUID> visible) {
        seen.addAll(visible);
    }
}
