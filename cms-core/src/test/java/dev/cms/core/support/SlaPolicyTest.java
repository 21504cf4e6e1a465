package dev.cms.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
    private static final BusinessHours BERLIN_OFFICE =
            BusinessHours.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void resolutionTarget_longerThanAYear_isRejected() {
        assertThatThrownBy(() -> SlaPolicy.of(TicketPriority.LOW, Duration.ofHours(1), Duration.ofDays(367)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).path()).isEqualTo("resolution"));
    }

    @Test
    void resolutionShorterThanFirstResponse_orZeroFirstResponse_isRejected() {
        assertThatThrownBy(() -> SlaPolicy.of(TicketPriority.LOW, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SlaPolicy.of(TicketPriority.LOW, Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void businessHours_oneHourFromFriday1630Berlin_isMonday0930() {
        // Friday 2026-01-16 16:30 CET = 15:30Z; 30 minutes remain on Friday, 30 more from Monday 09:00 CET (08:00Z).
        Instant due = BERLIN_OFFICE.plus(Instant.parse("2026-01-16T15:30:00Z"), Duration.ofHours(1));
        assertThat(due).isEqualTo(Instant.parse("2026-01-19T08:30:00Z"));
    }

    @Test
    void businessHours_countOnlyWorkingTime_acrossAWeekend() {
        // Friday 16:00 CET to Monday 10:00 CET: one hour on Friday, one on Monday.
        Duration worked = BERLIN_OFFICE.between(Instant.parse("2026-01-16T15:00:00Z"), Instant.parse("2026-01-19T09:00:00Z"));
        assertThat(worked).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void businessHours_followDaylightSavingTime() {
        // Monday 2026-03-30 is the first working day of CEST (UTC+2): 09:00 local is 07:00Z, not 08:00Z.
        Instant due = BERLIN_OFFICE.plus(Instant.parse("2026-03-27T15:30:00Z"), Duration.ofHours(1));
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T07:30:00Z"));
    }
}
