package org.mailappliance.sasl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;

class MechanismsTest {
    private final MemoryCredentialStore store = new MemoryCredentialStore();
    private final byte[] secret = "sixteen-octets-or-more".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Mechanisms from(Map<String, String> conf) {
        return Mechanisms.fromConfig(ImapdConf.of(conf), store, secret, () -> "n");
    }

    @Test
    void defaultListAndAdvertisingRules() {
        Mechanisms m = from(Map.of());
        assertThat(m.advertised(true, false, false)).containsExactly("PLAIN", "LOGIN", "SCRAM-SHA-1", "SCRAM-SHA-256");
        assertThat(m.advertised(false, false, false)).containsExactly("SCRAM-SHA-1", "SCRAM-SHA-256");
        assertThat(m.advertised(false, true, false)).containsExactly("PLAIN", "LOGIN", "SCRAM-SHA-1", "SCRAM-SHA-256");
        assertThat(m.advertised(true, false, true))
                .containsExactly("PLAIN", "LOGIN", "SCRAM-SHA-1", "SCRAM-SHA-256", "EXTERNAL");
    }

    @Test
    void saslMechListRestrictsAndOrdersAndSkipsUnknownOnes() {
        Mechanisms m = from(Map.of("sasl_mech_list", "scram-sha-256 DIGEST-MD5 plain GSSAPI PLAIN"));
        assertThat(m.enabled()).containsExactly("SCRAM-SHA-256", "PLAIN");
        assertThat(m.advertised(true, false, true)).containsExactly("SCRAM-SHA-256", "PLAIN");
        assertThat(m.start("LOGIN", Optional.empty())).isEmpty();
        assertThat(m.start("CRAM-MD5", Optional.empty())).as("not listed").isEmpty();
        assertThat(m.start("scram-sha-256", Optional.empty())).get()
                .extracting(SaslServer::mechanism).isEqualTo("SCRAM-SHA-256");
    }

    @Test
    void scramIsWithdrawnWhenNoPwcheckMethodKeepsItsVerifiers() {
        assertThat(from(Map.of("sasl_pwcheck_method", "saslauthd")).enabled()).containsExactly("PLAIN", "LOGIN",
                "EXTERNAL");
        assertThat(from(Map.of("sasl_pwcheck_method", "ldap", "sasl_mech_list", "SCRAM-SHA-256 PLAIN")).enabled())
                .containsExactly("PLAIN");
        assertThat(from(Map.of("sasl_pwcheck_method", "saslauthd auxprop")).enabled()).contains("SCRAM-SHA-256");
    }

    @Test
    void plaintextMechanisms() {
        assertThat(Mechanisms.sendsPlaintext("plain")).isTrue();
        assertThat(Mechanisms.sendsPlaintext("LOGIN")).isTrue();
        assertThat(Mechanisms.sendsPlaintext("SCRAM-SHA-1")).isFalse();
        assertThat(Mechanisms.sendsPlaintext("EXTERNAL")).isFalse();
    }
}
