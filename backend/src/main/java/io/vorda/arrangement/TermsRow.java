package io.vorda.arrangement;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code arrangement_terms}: one client's terms. */
@MappedEntity("arrangement_terms")
record TermsRow(@Id UUID clientId, String interestDuringPlan, int graceDays, int missedInstalmentsToBreak,
                Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, @Version long version) {

    ArrangementTerms terms() {
        return new ArrangementTerms(InterestDuringPlan.valueOf(interestDuringPlan), graceDays, missedInstalmentsToBreak);
    }
}
