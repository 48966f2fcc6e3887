/**
 * Calendar: business days per jurisdiction — weekends and the public holidays that move a deadline or a due date
 * (NL Atw, BE legal holidays, DE nationwide holidays, PL statutory days off), from the maintained Jollyday
 * library with the country rules of money-rules.md §1.8, §2.8, §3.7, §4.7 applied on top. Owns no tables,
 * publishes and listens to nothing. Door: {@link io.vorda.calendar.BusinessCalendars}.
 */
@NullMarked
package io.vorda.calendar;

import org.jspecify.annotations.NullMarked;
