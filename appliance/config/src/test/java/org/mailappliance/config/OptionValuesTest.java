package org.mailappliance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OptionValuesTest {

    @ParameterizedTest
    @CsvSource({
            "32m,      SECONDS, 1920",
            "1h30m,    SECONDS, 5400",
            "1d,       SECONDS, 86400",
            "2d3h4m5s, SECONDS, 183845",
            "45s,      MINUTES, 45",
            "0,        MINUTES, 0",
            "30,       MINUTES, 1800",
            "30,       SECONDS, 30",
            "3,        DAYS,    259200",
            "1h30,     MINUTES, 5400",
            "1h30,     SECONDS, 3630",
            "-1,       SECONDS, -1",
            "-1h,      SECONDS, -3600",
            "90m,      HOURS,   5400",
            "1m1m,     SECONDS, 120",
    })
    void parsesCyrusDurations(String text, ChronoUnit bareUnit, long seconds) {
        assertThat(OptionValues.parseDuration(text, bareUnit)).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void bareDurationsMayUseSubSecondUnits() {
        assertThat(OptionValues.parseDuration("250", ChronoUnit.MILLIS)).contains(Duration.ofMillis(250));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "h", "1x", "1H", "1 h", "1h 30m", "m30", "1.5h", "--1", "1h-30m", "abc",
            "99999999999999999999s", "9999999999999999d"})
    void rejectsBadDurations(String text) {
        assertThat(OptionValues.parseDuration(text, ChronoUnit.SECONDS)).as("'%s'", text).isEmpty();
    }

    @Test
    void refusesEstimatedBareUnits() {
        assertThatThrownBy(() -> OptionValues.parseDuration("1", ChronoUnit.MONTHS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "10MiB, 1,    10485760",
            "10MB,  1,    10485760",
            "10mb,  1,    10485760",
            "10M,   1,    10485760",
            "10m,   1,    10485760",
            "10Mi,  1,    10485760",
            "512K,  1,    524288",
            "512k,  1024, 524288",
            "512KiB,1,    524288",
            "512kib,1,    524288",
            "1G,    1,    1073741824",
            "1GB,   1,    1073741824",
            "1gib,  1,    1073741824",
            "100B,  1024, 100",
            "100b,  1024, 100",
            "100,   1,    100",
            "100,   1024, 102400",
            "'10 MiB', 1, 10485760",
            "0,     1024, 0",
            "-1,    1024, -1024",
            "-1K,   1,    -1024",
    })
    void parsesCyrusByteSizes(String text, long bareUnit, long bytes) {
        assertThat(OptionValues.parseByteSize(text, bareUnit)).hasValue(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K", "MiB", "10T", "10KK", "10iB", "10Bi", "10 B B", "1.5M", "ten", "10KiBs",
            "9223372036854775807K", "99999999999999999999"})
    void rejectsBadByteSizes(String text) {
        assertThat(OptionValues.parseByteSize(text, 1)).as("'%s'", text).isEmpty();
    }

    @Test
    void bareByteSizeOverflowIsRejected() {
        assertThat(OptionValues.parseByteSize(Long.toString(Long.MAX_VALUE / 2), 1024)).isEmpty();
    }
}
