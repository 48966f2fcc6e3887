package io.vorda.ledger;

import io.vorda.cases.ClaimView;
import io.vorda.client.ClientView;
import io.vorda.client.CollectionTerms;
import io.vorda.client.Jurisdiction;
import io.vorda.client.TransactionType;
import io.vorda.interest.Compounding;
import io.vorda.interest.DayCount;
import io.vorda.interest.InterestBasis;
import io.vorda.interest.StatutoryRate;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Which interest a claim bears under its client's collection terms (money-rules §1–4). */
final class InterestTerms {

    /**
     * The day count of every case for now: actual days over 365, the convention of all worked examples (money-rules
     * §0). It becomes a client setting when a client asks for another one (ADR 0009).
     */
    static final DayCount DAY_COUNT = DayCount.ACT_365F;

    /** §288(2) BGB: +9 points for obligations that arose from 29 July 2014, +8 before. */
    private static final LocalDate DE_NEW_COMMERCIAL_RATE = LocalDate.of(2014, 7, 29);

    private InterestTerms() {
    }

    /** The basis the claim's interest is computed on, or null when the client charges no interest. */
    static @Nullable InterestBasis basis(ClientView client, ClaimView claim) {
        CollectionTerms terms = client.terms();
        return switch (terms.interestBasis()) {
            case NONE -> null;
            // an agreed rate replaces the statutory one (6:119(3) BW); agreed interest is simple unless agreed otherwise
            case CONTRACTUAL -> terms.contractualAnnualRatePercent() == null ? null
                    : InterestBasis.annual(terms.contractualAnnualRatePercent());
            case STATUTORY -> InterestBasis.statutory(statutoryRate(client.jurisdiction(), terms.transactionType(), claim));
        };
    }

    static StatutoryRate statutoryRate(Jurisdiction jurisdiction, TransactionType type, ClaimView claim) {
        boolean consumer = type == TransactionType.CONSUMER;
        return switch (jurisdiction) {
            case NL -> consumer ? StatutoryRate.NL_STATUTORY : StatutoryRate.NL_COMMERCIAL;
            case BE -> consumer ? StatutoryRate.BE_LEGAL : StatutoryRate.BE_COMMERCIAL;
            case DE -> consumer ? StatutoryRate.DE_DEFAULT
                    : claim.invoiceDate().isBefore(DE_NEW_COMMERCIAL_RATE) ? StatutoryRate.DE_DEFAULT_COMMERCIAL_UNTIL_2014_07_28
                    : StatutoryRate.DE_DEFAULT_COMMERCIAL;
            case PL -> consumer ? StatutoryRate.PL_LATE : StatutoryRate.PL_COMMERCIAL;
        };
    }

    /** The basis in words, as a statement prints it, e.g. "NL_STATUTORY, capitalised yearly". */
    static @Nullable String describe(@Nullable InterestBasis basis) {
        if (basis == null) {
            return null;
        }
        String yearly = basis.compounding() == Compounding.YEARLY ? ", capitalised yearly" : "";
        return switch (basis) {
            case InterestBasis.Statutory s -> s.rate().name()
                    + (s.pointsAbove().signum() == 0 ? "" : " + " + s.pointsAbove().stripTrailingZeros().toPlainString() + " points") + yearly;
            case InterestBasis.AnnualPercent a -> "agreed " + a.percent().stripTrailingZeros().toPlainString() + " % a year" + yearly;
            case InterestBasis.MonthlyPercent m -> "agreed " + m.percent().stripTrailingZeros().toPlainString() + " % a month" + yearly;
        };
    }
}
