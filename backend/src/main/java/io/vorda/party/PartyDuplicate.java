package io.vorda.party;

import java.util.Set;

/** An existing party that may be the one being created, with every reason it looks the same. */
public record PartyDuplicate(PartyView party, Set<DuplicateReason> reasons) {

    public PartyDuplicate {
        reasons = Set.copyOf(reasons);
    }
}
