package io.vorda.party;

import java.util.List;

/** The outcome of creating a party: created, or held back because existing parties look the same. */
public sealed interface PartyCreation {

    /** The party was created. */
    record Created(PartyView party) implements PartyCreation {
    }

    /** Nothing was saved: these parties look the same; the user uses one or creates anyway. */
    record PossibleDuplicates(List<PartyDuplicate> duplicates) implements PartyCreation {

        public PossibleDuplicates {
            duplicates = List.copyOf(duplicates);
        }
    }
}
