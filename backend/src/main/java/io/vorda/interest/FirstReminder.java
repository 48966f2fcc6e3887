package io.vorda.interest;

import java.time.LocalDate;
import java.util.Objects;

/** The free first reminder a Belgian consumer must get before any cost (Book XIX WER, money-rules §2.4). */
public record FirstReminder(LocalDate sentOn, Channel channel) {

    /** How the reminder went out; it decides when the 14-day waiting period starts. */
    public enum Channel {
        /** By post: the period starts on the third working day after dispatch. */
        PAPER,
        /** By e-mail or another electronic channel: the period starts on the working day after dispatch. */
        ELECTRONIC
    }

    public FirstReminder {
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(channel, "channel");
    }
}
