package io.vorda.ledger;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A posting as booked: the raw material every balance and statement is computed from (GraphQL style rule 8). The
 * amount is signed by its effect on what is owed (see {@link PostingKind}); {@code sequence} is the booking order.
 */
public record PostingView(PostingId id, long sequence, CaseId caseId, @Nullable UUID claimId, PostingKind kind,
                          @Nullable Component component, Money amount, LocalDate valueDate, Instant bookedAt,
                          @Nullable PaymentId payment, List<UUID> designatedClaims, @Nullable PostingId reverses,
                          @Nullable String explanation, String bookedBy) {

    public PostingView {
        designatedClaims = List.copyOf(designatedClaims);
    }

    /** A new posting, not yet booked (its sequence is given by the database). */
    static PostingView of(CaseId caseId, @Nullable UUID claimId, PostingKind kind, @Nullable Component component, Money amount,
                          LocalDate valueDate, Instant bookedAt, @Nullable PaymentId payment, @Nullable String explanation,
                          String bookedBy) {
        return new PostingView(new PostingId(UUID.randomUUID()), Long.MAX_VALUE, caseId, claimId, kind, component, amount,
                valueDate, bookedAt, payment, List.of(), null, explanation, bookedBy);
    }

    /** The posting that undoes this one: same case, claim, component, payment and value date, amount negated. */
    PostingView reversal(Instant bookedAt, @Nullable String explanation, String bookedBy) {
        return new PostingView(new PostingId(UUID.randomUUID()), Long.MAX_VALUE, caseId, claimId, PostingKind.REVERSAL,
                component, amount.negate(), valueDate, bookedAt, payment, List.of(), id, explanation, bookedBy);
    }

    PostingView withDesignation(List<UUID> claims) {
        return new PostingView(id, sequence, caseId, claimId, kind, component, amount, valueDate, bookedAt, payment, claims,
                reverses, explanation, bookedBy);
    }
}
