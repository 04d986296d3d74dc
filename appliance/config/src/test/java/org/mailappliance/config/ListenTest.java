package org.mailappliance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListenTest {

    @Test
    void serviceNameAlone() {
        assertThat(Listen.parse("imap")).isEqualTo(new Listen(null, 143, null));
        assertThat(Listen.parse("imaps")).isEqualTo(new Listen(null, 993, null));
    }

    @Test
    void portNumberAlone() {
        Listen l = Listen.parse("143");
        assertThat(l).isEqualTo(new Listen(null, 143, null));
        assertThat(l.unix()).isFalse();
        assertThat(Listen.parse("0").port()).as("ephemeral, for tests").isZero();
    }

    @Test
    void hostAndPort() {
        assertThat(Listen.parse("127.0.0.1:1143")).isEqualTo(new Listen("127.0.0.1", 1143, null));
        assertThat(Listen.parse("localhost:imap")).isEqualTo(new Listen("localhost", 143, null));
        assertThat(Listen.parse("mail.example.org:65535").port()).isEqualTo(65535);
    }

    @Test
    void emptyHostMeansAllAddresses() {
        assertThat(Listen.parse(":1143")).isEqualTo(new Listen(null, 1143, null));
    }

    @Test
    void bracketedIpv6() {
        assertThat(Listen.parse("[::1]:1143")).isEqualTo(new Listen("::1", 1143, null));
        assertThat(Listen.parse("[2001:db8::25]:lmtp")).isEqualTo(new Listen("2001:db8::25", 24, null));
    }

    @Test
    void unbracketedIpv6TakesTheLastColonAsMasterDoes() {
        assertThat(Listen.parse("::1:1143")).isEqualTo(new Listen("::1", 1143, null));
    }

    @Test
    void absoluteUnixSocket() {
        Listen l = Listen.parse("/run/cyrus/lmtp");
        assertThat(l).isEqualTo(new Listen(null, -1, Path.of("/run/cyrus/lmtp")));
        assertThat(l.unix()).isTrue();
    }

    @Test
    void relativePathWithSlashIsAUnixSocketLeftUnresolved() {
        Listen l = Listen.parse("var/run/lmtp");
        assertThat(l.unix()).isTrue();
        assertThat(l.unixPath()).isEqualTo(Path.of("var/run/lmtp"));
        assertThat(l.unixPath().isAbsolute()).isFalse();
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(Listen.parse(" 143 ")).isEqualTo(new Listen(null, 143, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "nosuchservice", "host:", "65536", "99999999999", "[::1]", "[::1]:", "[::1",
            "[]:143", "[::1]x143", "localhost:nosuch", "-1", "1.5"})
    void rejectsBadSpecs(String spec) {
        assertThatThrownBy(() -> Listen.parse(spec)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Listen.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructorKeepsExactlyOneKind() {
        assertThatThrownBy(() -> new Listen("h", 1, Path.of("/x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Listen(null, 1, Path.of("/x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Listen(null, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Listen(null, 70000, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsBackInListenSyntax() {
        assertThat(Listen.parse("[::1]:1143")).hasToString("[::1]:1143");
        assertThat(Listen.parse("127.0.0.1:1143")).hasToString("127.0.0.1:1143");
        assertThat(Listen.parse("imap")).hasToString("143");
        assertThat(Listen.parse("/run/lmtp")).hasToString("/run/lmtp");
    }
}
