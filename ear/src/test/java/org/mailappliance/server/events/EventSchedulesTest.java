package org.mailappliance.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.EventEntry;

class EventSchedulesTest {

    private static EventEntry entry(List<String> cmd, Integer period, String cron, String at) {
        return new EventEntry("e", cmd, period, cron, at, 1);
    }

    @Test
    void atIsADailyTime() {
        ScheduleExpression s = EventSchedules.calendar(entry(List.of("cyr_expire", "-E", "3"), null, null, "0400"));
        assertThat(s.getHour()).isEqualTo("4");
        assertThat(s.getMinute()).isEqualTo("0");
        assertThatThrownBy(() -> EventSchedules.calendar(entry(List.of("x"), null, null, "2561")))
                .hasMessageContaining("not a time of day");
    }

    @Test
    void cronFieldsMapOneToOneWithNamesCapitalised() {
        ScheduleExpression s = EventSchedules.calendar(entry(List.of("x"), null, "*/15 1-5,22 * jan-mar mon-fri",
                null));
        assertThat(s.getMinute()).isEqualTo("*/15");
        assertThat(s.getHour()).isEqualTo("1-5,22");
        assertThat(s.getMonth()).isEqualTo("Jan-Mar");
        assertThat(s.getDayOfWeek()).isEqualTo("Mon-Fri");
        assertThatThrownBy(() -> EventSchedules.calendar(entry(List.of("x"), null, "* * *", null)))
                .hasMessageContaining("five fields");
    }

    @Test
    void periodEntriesAreIntervalsAndOnlyCyrExpireIsBuiltIn() {
        assertThat(EventSchedules.periodMinutes(entry(List.of("x"), 15, null, null))).isEqualTo(15);
        assertThat(EventSchedules.calendar(entry(List.of("x"), 15, null, null))).isNull();
        assertThat(BuiltInEvents.of(entry(List.of("/usr/lib/cyrus/bin/cyr_expire", "-E", "3"), 15, null, null)))
                .isPresent();
        assertThat(BuiltInEvents.of(entry(List.of("squatter", "-r", "user"), 15, null, null))).isEmpty();
        assertThatThrownBy(() -> BuiltInEvents.of(entry(List.of("cyr_expire", "-Z"), 15, null, null)))
                .hasMessageContaining("unknown option");
    }
}
