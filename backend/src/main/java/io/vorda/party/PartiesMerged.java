package io.vorda.party;

/** A duplicate party was merged into a survivor; modules holding party references re-link them (cases). */
public record PartiesMerged(PartyId survivor, PartyId duplicate) {
}
