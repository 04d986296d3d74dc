package org.mailappliance.lmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailappliance.lmtp.reply.Reply;

class ReplyTest {

    @Test
    void wireForm() {
        assertThat(new Reply(250, "2.1.5", "ok").line()).isEqualTo("250 2.1.5 ok\r\n");
        assertThat(new Reply(354, "", "go ahead").line()).isEqualTo("354 go ahead\r\n");
        assertThat(new Reply(451, "4.3.0", "a\r\nb").line()).isEqualTo("451 4.3.0 a  b\r\n");
        assertThat(new Reply(451, "4.3.0", "").line()).isEqualTo("451 4.3.0\r\n");
    }

    @Test
    void enhancedCodeMustMatchTheReplyClass() {
        assertThatThrownBy(() -> new Reply(250, "5.0.0", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply(250, "", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply(354, "3.0.0", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply(550, "5.1", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply(600, "5.0.0", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
