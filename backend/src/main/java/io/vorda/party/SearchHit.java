package io.vorda.party;

import java.math.BigDecimal;

/** A quick-search hit: the party, what matched, and a relevance score (1 is an exact identifier match). */
public record SearchHit(PartyView party, String matchedOn, BigDecimal score) {
}
