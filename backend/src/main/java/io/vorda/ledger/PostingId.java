package io.vorda.ledger;

import java.util.UUID;

/** Identity of a ledger posting. */
public record PostingId(UUID value) {
}
