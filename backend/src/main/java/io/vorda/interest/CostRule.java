package io.vorda.interest;

/**
 * A rule that produces or limits a collection cost, with the legal source it rests on (money-rules.md §1.4–1.6,
 * §2.3–2.4, §3.3, §3.5, §4.4). The name is the stable rule id that results, postings and letters refer to.
 */
public enum CostRule {
    /** NL: the BIK scale, a percentage of the principal per band (money-rules §1.4). */
    NL_BIK_SCALE("art. 2(1) Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141)"),
    /** NL: the BIK is at least €40. */
    NL_BIK_MINIMUM("art. 2(2) Besluit vergoeding voor buitengerechtelijke incassokosten"),
    /** NL: the BIK is at most €6,775, reached at a principal of €1,000,000. */
    NL_BIK_MAXIMUM("art. 2(1) Besluit vergoeding voor buitengerechtelijke incassokosten (maximum €6,775)"),
    /** NL: 21 % VAT on top, only for a creditor that cannot deduct the VAT and says so. */
    NL_BIK_VAT("art. 2(3) Besluit vergoeding voor buitengerechtelijke incassokosten"),
    /** NL: a consumer owes BIK only after a 14-day letter, counted from the day after receipt, expired unpaid. */
    NL_FOURTEEN_DAY_LETTER("art. 6:96(6) BW; HR 25 Nov 2016, ECLI:NL:HR:2016:2704"),
    /** NL: in a commercial contract the collection-cost compensation is at least €40, due without demand. */
    NL_COMMERCIAL_MINIMUM("art. 6:96(4) BW"),
    /** BE: €40 flat recovery compensation in commercial transactions, without notice. */
    BE_COMMERCIAL_FLAT_FEE("art. 6 wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties"),
    /** BE: consumers get a free first reminder and 14 days before any cost may be charged. */
    BE_CONSUMER_WAITING_PERIOD("Book XIX Code of Economic Law (WER), law of 4 May 2023: free first reminder, 14-day waiting period"),
    /** BE: the maximum damages clause for a consumer debt, by outstanding balance. */
    BE_CONSUMER_DAMAGES_CAP("Book XIX Code of Economic Law (WER), law of 4 May 2023: maximum damages clause"),
    /** BE: a later reminder to a consumer costs at most €7.50 plus postage. */
    BE_CONSUMER_EXTRA_REMINDER("Book XIX Code of Economic Law (WER), law of 4 May 2023: later reminders at most €7.50 plus postage"),
    /** DE: €40 flat fee on a remuneration claim against a non-consumer in default. */
    DE_FLAT_FEE("§288(5) sentence 1 BGB"),
    /** DE: the flat fee is credited against costs of legal pursuit claimed as damages. */
    DE_FLAT_FEE_CREDIT("§288(5) sentence 3 BGB"),
    /** DE: a collection agency's fee on an undisputed claim is recoverable only up to the RVG fee. */
    DE_COLLECTION_FEE_CAP("§13e RDG with Nr. 2300 VV RVG note (2) and §13 RVG"),
    /** DE: no RVG fee is less than €15. */
    DE_MINIMUM_FEE("§13(3) RVG"),
    /** PL: EUR 40 / 70 / 100 recovery compensation in commercial transactions, without demand. */
    PL_RECOVERY_COMPENSATION("art. 10 ust. 1 ustawy z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych"),
    /** PL: reasonable recovery costs above the compensation, less the compensation. */
    PL_RECOVERY_COSTS_ABOVE_COMPENSATION("art. 10 ust. 2 ustawy z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych"),
    /** Costs the creditor claims itself: the client's penalty clause and administration costs, or fees incurred. */
    CLAIMED_COSTS("the client's collection terms (penalty clause, administration costs)");

    private final String legalSource;

    CostRule(String legalSource) {
        this.legalSource = legalSource;
    }

    /** The statute, decree or judgment the rule rests on, as cited on a statement or letter. */
    public String legalSource() {
        return legalSource;
    }
}
