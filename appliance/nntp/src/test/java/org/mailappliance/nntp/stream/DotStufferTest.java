package org.mailappliance.nntp.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DotStufferTest {

    private static String stuff(String in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DotStuffer s = new DotStuffer(out);
        byte[] b = in.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i += chunk) {
            s.write(b, i, Math.min(chunk, b.length - i));
        }
        s.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void doublesLeadingDotsAndNormalisesLineEndsAcrossChunks() throws IOException {
        for (int chunk : new int[] {1, 2, 3, 1000}) {
            assertThat(stuff(".a\r\nb\n..c\r\n", chunk)).isEqualTo("..a\r\nb\r\n...c\r\n.\r\n");
            assertThat(stuff("no end", chunk)).isEqualTo("no end\r\n.\r\n");
            assertThat(stuff("", chunk)).isEqualTo(".\r\n");
            assertThat(stuff("x\r\n.", chunk)).isEqualTo("x\r\n..\r\n.\r\n");
        }
    }

    @Test
    void largeInputPassesThroughTheBuffer() throws IOException {
        String line = "x".repeat(100) + "\r\n";
        String in = line.repeat(1000);
        assertThat(stuff(in, 4096)).isEqualTo(in + ".\r\n");
    }
}
