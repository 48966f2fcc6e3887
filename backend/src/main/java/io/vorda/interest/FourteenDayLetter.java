package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Dutch "14-dagenbrief" (art. 6:96(6) BW): when it was sent and when the consumer received it. The creditor must
 * prove receipt; the 14 days start on the day after receipt, not after sending (HR 25 Nov 2016).
 */
public record FourteenDayLetter(LocalDate sentOn, LocalDate receivedOn) {

    public FourteenDayLetter {
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (receivedOn.isBefore(sentOn)) {
            throw new DomainException(ErrorCode.INVALID_REMINDER,
                    "The letter cannot be received on %s, before it was sent on %s".formatted(receivedOn, sentOn), "receivedOn");
        }
    }
}
