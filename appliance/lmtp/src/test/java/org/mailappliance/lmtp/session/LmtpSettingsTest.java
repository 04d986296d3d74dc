package org.mailappliance.lmtp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.sasl.identity.VirtDomains;

class LmtpSettingsTest {

    @Test
    void cyrusDefaults() throws ConfigException {
        LmtpSettings s = LmtpSettings.from(ImapdConf.of(Map.of("servername", "mx")));
        assertThat(s.maxMessageSize()).isZero();
        assertThat(s.tooBig(Long.MAX_VALUE)).isFalse();
        assertThat(s.downcaseRecipients()).isTrue();
        assertThat(s.virtDomains()).isEqualTo(VirtDomains.OFF);
        assertThat(s.defaultDomain()).isEqualTo("internal");
        assertThat(s.softNoAuth()).isTrue();
        assertThat(s.allowPlaintext()).isFalse();
        assertThat(s.overQuotaPermFailure()).isFalse();
        assertThat(s.tlsAvailable()).isTrue();
        assertThat(s.showProduct()).isTrue();
        assertThat(s.version()).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void sizesAndServiceOverrides() throws ConfigException {
        ImapdConf conf = ImapdConf.of(Map.of("maxmessagesize", "10M", "lmtp_maxmessagesize", "1024",
                "lmtpunix_soft_noauth", "no", "lmtp_allowplaintext", "yes"));
        assertThat(LmtpSettings.from(conf).maxMessageSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(LmtpSettings.from(conf.forService("lmtp")).maxMessageSize()).isEqualTo(1024);
        assertThat(LmtpSettings.from(conf.forService("lmtp")).tooBig(1025)).isTrue();
        assertThat(LmtpSettings.from(conf.forService("lmtp")).tooBig(1024)).isFalse();
        assertThat(LmtpSettings.from(conf.forService("lmtpunix")).softNoAuth()).isFalse();
        assertThat(LmtpSettings.from(conf.forService("lmtp")).allowPlaintext()).isTrue();
        assertThat(LmtpSettings.from(conf.forService("lmtpunix")).allowPlaintext()).isFalse();
    }

    @Test
    void cachedPerService() throws ConfigException {
        SettingsSource source = SettingsSource.cached(ImapdConf.of(Map.of("lmtp_virtdomains", "userid")));
        assertThat(source.forService("lmtp")).isSameAs(source.forService("lmtp"));
        assertThat(source.forService("lmtp").virtDomains()).isEqualTo(VirtDomains.USERID);
        assertThat(source.forService("lmtpunix").virtDomains()).isEqualTo(VirtDomains.OFF);
    }

    @Test
    void badValuesAreReported() {
        assertThatThrownBy(() -> LmtpSettings.from(ImapdConf.of(Map.of("virtdomains", "x"))))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> LmtpSettings.from(ImapdConf.of(Map.of("lmtp_trusted_networks", "mx.example"))))
                .isInstanceOf(ConfigException.class);
    }
}
