package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictMessageStreamTest {

    private static StrictMessageStream stream(String s) {
        return new StrictMessageStream(new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void crlfMessagesPassUnchanged() throws IOException {
        StrictMessageStream in = stream("Subject: a\r\n\r\nbody\r\n");
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("Subject: a\r\n\r\nbody\r\n");
        assertThat(in.violation()).isNull();
    }

    @Test
    void bareLfIsRefusedEvenAcrossReads() throws IOException {
        StrictMessageStream in = stream("Subject: a\r\n\r\nbody\nmore");
        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
        assertThat(in.violation()).isEqualTo(StrictMessageStream.BARE_NEWLINE);

        // CR at the end of one read, LF at the start of the next: fine
        InputStream two = stream("a\r\nb");
        byte[] buf = new byte[2];
        StrictMessageStream split = new StrictMessageStream(two);
        assertThat(split.read(buf, 0, 2)).isEqualTo(2);
        assertThat(split.read()).isEqualTo('\n');
        assertThat(split.violation()).isNull();
    }

    @Test
    void nulIsRefused() {
        StrictMessageStream in = stream("Subject: a\r\n\r\nb\0dy\r\n");
        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
        assertThat(in.violation()).isEqualTo(StrictMessageStream.NUL);
    }
}
