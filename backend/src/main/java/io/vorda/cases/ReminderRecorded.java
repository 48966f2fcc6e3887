package io.vorda.cases;

/**
 * A reminder with legal effect was recorded on a case (published inside that transaction): it can start what the
 * law ties to it — collection costs, and for a Belgian consumer the interest itself (Book XIX WER).
 */
public record ReminderRecorded(CaseId caseId, ReminderKind kind) {
}
