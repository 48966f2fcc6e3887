package io.vorda.cases;

/** A reminder the law attaches consequences to: it starts the term after which statutory collection costs may be charged. */
public enum ReminderKind {
    /** The Dutch "14-dagenbrief" (art. 6:96(6) BW): the costs are due from the day after the 14 days following receipt. */
    NL_FOURTEEN_DAY_LETTER,
    /** The free first reminder a Belgian consumer must get (Book XIX WER) before a 14-day waiting period. */
    BE_FIRST_REMINDER
}
