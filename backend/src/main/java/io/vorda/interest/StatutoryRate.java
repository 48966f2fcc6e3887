package io.vorda.interest;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A published interest rate series: the statutory late-interest rates of NL, BE, DE and PL and the reference rates
 * they are built on (money-rules.md §1–4). Most are tables shipped as data; the German §288 rates and the Polish
 * Civil Code late rate are derived from their reference rate by adding points, as the statute says.
 */
public enum StatutoryRate {
    /** NL wettelijke rente, non-commercial (art. 6:119 BW): consumers and all non-commercial debts. Compounds yearly. */
    NL_STATUTORY(Compounding.YEARLY, "nl-statutory"),
    /** NL wettelijke handelsrente (art. 6:119a BW): commercial contracts, ECB rate + 8 points. Compounds yearly. */
    NL_COMMERCIAL(Compounding.YEARLY, "nl-commercial"),
    /** BE legal interest rate (wet 5 mei 1865): civil matters and trader-to-consumer, set per calendar year. */
    BE_LEGAL(Compounding.NONE, "be-legal"),
    /**
     * BE late-payment interest in commercial transactions (wet 2 augustus 2002), fixed per half-year, for contracts
     * concluded from 16 March 2013 (older contracts had lower rates from 2013 H1 to 2015 H1; not shipped).
     */
    BE_COMMERCIAL(Compounding.NONE, "be-commercial"),
    /** DE Basiszinssatz (§247 BGB), changing on 1 January and 1 July; the reference for §288. */
    DE_BASE_RATE(Compounding.NONE, "de-base-rate"),
    /** DE Verzugszins (§288(1) BGB): base rate + 5 points, in general and whenever a consumer is involved. */
    DE_DEFAULT(DE_BASE_RATE, "5", null, "§288(1) BGB"),
    /** DE Verzugszins on remuneration claims without a consumer (§288(2) BGB): base rate + 9 points, obligations from 29 Jul 2014. */
    DE_DEFAULT_COMMERCIAL(DE_BASE_RATE, "9", LocalDate.of(2014, 7, 29), "§288(2) BGB"),
    /** DE Verzugszins on remuneration claims without a consumer for obligations that arose up to 28 Jul 2014: base rate + 8 points. */
    DE_DEFAULT_COMMERCIAL_UNTIL_2014_07_28(DE_BASE_RATE, "8", null, "§288(2) BGB (old version)"),
    /** PL NBP reference rate (stopa referencyjna), changing on the dates the Monetary Policy Council's decisions take effect. */
    PL_REFERENCE(Compounding.NONE, "pl-reference"),
    /** PL odsetki ustawowe za opóźnienie (art. 481 §2 KC): NBP reference rate + 5.5 points, changing with it, since 1 Jan 2016. */
    PL_LATE(PL_REFERENCE, "5.5", LocalDate.of(2016, 1, 1), "art. 481 §2 KC"),
    /** PL late interest in commercial transactions (2013 Act, art. 11b): fixed per half-year; reference rate + 10 points since 2020. */
    PL_COMMERCIAL(Compounding.NONE, "pl-commercial"),
    /** PL commercial late interest where the debtor is a public entity that is a medical entity: reference rate + 8 points. */
    PL_COMMERCIAL_PUBLIC_MEDICAL(Compounding.NONE, "pl-commercial-public-medical");

    private final Compounding compounding;
    private final @Nullable String fileName;
    private final @Nullable StatutoryRate derivedFrom;
    private final BigDecimal pointsAbove;
    private final @Nullable LocalDate appliesFrom;
    private final String rule;

    StatutoryRate(Compounding compounding, String fileName) {
        this.compounding = compounding;
        this.fileName = fileName;
        this.derivedFrom = null;
        this.pointsAbove = BigDecimal.ZERO;
        this.appliesFrom = null;
        this.rule = "";
    }

    StatutoryRate(StatutoryRate derivedFrom, String pointsAbove, @Nullable LocalDate appliesFrom, String rule) {
        this.compounding = derivedFrom.compounding;
        this.fileName = null;
        this.derivedFrom = derivedFrom;
        this.pointsAbove = new BigDecimal(pointsAbove);
        this.appliesFrom = appliesFrom;
        this.rule = rule;
    }

    /** Whether the law adds unpaid interest to the base for this rate. */
    public Compounding compounding() {
        return compounding;
    }

    /** The reference rate this one is computed from, or null when it is a table of its own. */
    public @Nullable StatutoryRate derivedFrom() {
        return derivedFrom;
    }

    /** Percentage points added to {@link #derivedFrom()}; zero for a table of its own. */
    public BigDecimal pointsAbove() {
        return pointsAbove;
    }

    /** The first day a derived rate exists (the statute's start), or null when it follows its reference throughout. */
    public @Nullable LocalDate appliesFrom() {
        return appliesFrom;
    }

    /** The statute that derives this rate, e.g. "§288(1) BGB"; empty for a table of its own. */
    String rule() {
        return rule;
    }

    /** The table's id, as its shipped data file is named (e.g. {@code nl-statutory}); null for a derived rate. */
    public @Nullable String tableId() {
        return fileName;
    }

    /** The shipped data file's classpath location, or null for a derived rate. */
    @Nullable String resource() {
        return fileName == null ? null : "/interest/rates/" + fileName + ".csv";
    }
}
