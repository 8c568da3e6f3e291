package id.surel.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Converts between instants and a zone's local date-times. Indonesia's zones last changed offset in the 1960s, so
 * from then on a constant offset is used: plain arithmetic instead of a rules lookup on every day boundary.
 */
final class LocalTimeline {

    private final ZoneId zone;
    private final ZoneOffset fixedOffset;
    private final long fixedSinceEpochSecond;
    private final LocalDate fixedSinceDate;

    LocalTimeline(ZoneId zone) {
        this.zone = zone;
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!rules.getTransitionRules().isEmpty()) {
            // a zone with daylight saving rules: always ask the rules
            fixedOffset = null;
            fixedSinceEpochSecond = Long.MAX_VALUE;
            fixedSinceDate = LocalDate.MAX;
        } else if (transitions.isEmpty()) {
            fixedOffset = rules.getOffset(Instant.EPOCH);
            fixedSinceEpochSecond = Long.MIN_VALUE;
            fixedSinceDate = LocalDate.MIN;
        } else {
            ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
            fixedOffset = last.getOffsetAfter();
            fixedSinceEpochSecond = last.toEpochSecond();
            fixedSinceDate = last.getDateTimeAfter().toLocalDate().plusDays(1);
        }
    }

    ZoneId zone() {
        return zone;
    }

    /** True when the whole date has one offset, so its local durations are real durations. */
    boolean fixedOn(LocalDate date) {
        return !date.isBefore(fixedSinceDate);
    }

    LocalDateTime local(Instant instant) {
        if (instant.getEpochSecond() >= fixedSinceEpochSecond) {
            return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), fixedOffset);
        }
        return LocalDateTime.ofInstant(instant, zone);
    }

    Instant instant(LocalDate date, LocalTime time) {
        if (!date.isBefore(fixedSinceDate)) {
            long seconds = date.toEpochDay() * 86_400L + time.toSecondOfDay() - fixedOffset.getTotalSeconds();
            return Instant.ofEpochSecond(seconds, time.getNano());
        }
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
