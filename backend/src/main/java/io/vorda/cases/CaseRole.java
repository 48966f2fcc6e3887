package io.vorda.cases;

/** The part a party plays in a case. */
public enum CaseRole {
    /** Owes the money, jointly and severally with the other debtors. */
    DEBTOR,
    /** Guarantees the debt. */
    GUARANTOR,
    /** Guardian or protective administrator of a debtor. */
    ADMINISTRATOR,
    /** Lawyer of a party. */
    LAWYER,
    /** Bailiff handling the case. */
    BAILIFF,
    /** Employer of a debtor. */
    EMPLOYER,
    /** Any other contact. */
    OTHER
}
