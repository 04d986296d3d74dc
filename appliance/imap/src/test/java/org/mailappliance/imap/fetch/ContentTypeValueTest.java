package org.mailappliance.imap.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContentTypeValueTest {

    @Test
    void typeSubtypeAndBoundary() {
        ContentTypeValue t = ContentTypeValue.parse(" Multipart/MIXED (comment; boundary=no);\r\n boundary=\"a\\\"b; c\"",
                false);
        assertThat(t).isEqualTo(new ContentTypeValue("multipart", "mixed", "a\"b; c"));
        assertThat(t.multipart()).isTrue();
        assertThat(ContentTypeValue.parse("multipart/alternative; charset=x; BOUNDARY=plain", false).boundary())
                .isEqualTo("plain");
    }

    @Test
    void defaultsPerRfc2045And2046() {
        assertThat(ContentTypeValue.parse(null, false)).isEqualTo(ContentTypeValue.TEXT_PLAIN);
        assertThat(ContentTypeValue.parse(null, true)).isEqualTo(ContentTypeValue.MESSAGE_RFC822);
        assertThat(ContentTypeValue.parse("garbage", false)).isEqualTo(ContentTypeValue.TEXT_PLAIN);
        assertThat(ContentTypeValue.parse("text/", true)).isEqualTo(ContentTypeValue.MESSAGE_RFC822);
        // a multipart without a boundary has no parts
        assertThat(ContentTypeValue.parse("multipart/mixed", false).multipart()).isFalse();
        assertThat(ContentTypeValue.parse("message/rfc822; x=y", false).message()).isTrue();
    }

    @Test
    void imapDateTimeIsUtcWithTwoDigitDays() {
        assertThat(ImapDates.dateTime(Instant.parse("2024-01-01T12:00:00Z"))).isEqualTo("01-Jan-2024 12:00:00 +0000");
        assertThat(ImapDates.dateTime(Instant.parse("2026-11-28T23:59:59Z"))).isEqualTo("28-Nov-2026 23:59:59 +0000");
    }
}
