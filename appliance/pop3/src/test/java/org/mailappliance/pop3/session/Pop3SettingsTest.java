package org.mailappliance.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.pop3.port.MaildropMessage;

class Pop3SettingsTest {

    @Test
    void cyrusDefaults() throws ConfigException {
        Pop3Settings s = Pop3Settings.from(ImapdConf.of(Map.of("servername", "pop.example.org")));
        assertThat(s.serverName()).isEqualTo("pop.example.org");
        assertThat(s.showServerName()).isTrue();
        assertThat(s.showProduct()).isTrue();
        assertThat(s.allowPlaintext()).isFalse();
        assertThat(s.tlsAvailable()).isTrue();
        assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.expireDays()).isEqualTo(-1);
        assertThat(s.loginDelaySeconds()).isZero();
        assertThat(s.uidlFormat()).isEqualTo(UidlFormat.CYRUS);
        assertThat(s.version()).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void durationsTakeCyrusUnits() throws ConfigException {
        Pop3Settings s = Pop3Settings.from(ImapdConf.of(Map.of("poptimeout", "45", "popexpiretime", "14d",
                "popminpoll", "90s")).forService("pop3"));
        assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(45));
        assertThat(s.loginDelaySeconds()).isEqualTo(90);
        assertThat(s.expireDays()).isEqualTo(14);
        assertThat(Pop3Settings.from(ImapdConf.of(Map.of("popexpiretime", "0"))).expireDays()).isZero();
        assertThat(Pop3Settings.from(ImapdConf.of(Map.of("popexpiretime", "-1"))).expireDays()).isEqualTo(-1);
    }

    @Test
    void serviceOverridesApply() throws ConfigException {
        ImapdConf conf = ImapdConf.of(Map.of("pop3s_allowplaintext", "yes"));
        assertThat(Pop3Settings.from(conf.forService("pop3s")).allowPlaintext()).isTrue();
        assertThat(Pop3Settings.from(conf.forService("pop3")).allowPlaintext()).isFalse();
    }

    @Test
    void badValuesAreRefused() {
        assertThatThrownBy(() -> Pop3Settings.from(ImapdConf.of(Map.of("uidl_format", "md5"))))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> Pop3Settings.from(ImapdConf.of(Map.of("serverinfo", "maybe"))))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void uidlFormats() {
        MaildropMessage m = new MaildropMessage(42, 100, 1234);
        assertThat(UidlFormat.CYRUS.uniqueId(m)).isEqualTo("1234.42");
        assertThat(UidlFormat.UIDONLY.uniqueId(m)).isEqualTo("42");
        assertThat(UidlFormat.DOVECOT.uniqueId(m)).isEqualTo("0000002a000004d2");
        assertThat(UidlFormat.COURIER.uniqueId(m)).isEqualTo("1234-42");
    }
}
