package org.mailappliance.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceEntryTest {
    private static ServiceEntry entry(String... cmd) {
        return new ServiceEntry("svc", List.of(cmd), Listen.parse("143"), "tcp", 0, -1, 256, 1);
    }

    @Test
    void programIsTheBasenameOfTheFirstWord() {
        assertThat(entry("/usr/lib/cyrus/bin/imapd", "-s").program()).isEqualTo("imapd");
        assertThat(entry("lmtpd").program()).isEqualTo("lmtpd");
    }

    @Test
    void flagsAreArgumentsAfterTheProgram() {
        ServiceEntry imaps = entry("/usr/lib/cyrus/bin/imapd", "-s", "-C", "/etc/alt.conf");
        assertThat(imaps.hasFlag("-s")).isTrue();
        assertThat(imaps.hasFlag("-C")).isTrue();
        assertThat(imaps.hasFlag("-a")).isFalse();
        assertThat(entry("-s").hasFlag("-s")).as("the program itself is not a flag").isFalse();
    }

    @Test
    void commandIsCopied() {
        var cmd = new java.util.ArrayList<>(List.of("imapd"));
        ServiceEntry e = new ServiceEntry("x", cmd, Listen.parse("1"), "tcp", 0, -1, 256, 1);
        cmd.add("-s");
        assertThat(e.cmd()).containsExactly("imapd");
    }
}
