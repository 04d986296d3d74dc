package org.mailappliance.sasl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailappliance.sasl.Exchange.bytes;
import static org.mailappliance.sasl.Exchange.challenge;
import static org.mailappliance.sasl.Exchange.failure;
import static org.mailappliance.sasl.Exchange.success;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailappliance.sasl.identity.UserIds;
import org.mailappliance.sasl.identity.VirtDomains;

/** Every mechanism hands the store, and reports, canonical user ids under virtdomains/defaultdomain. */
class VirtualDomainMechanismsTest {
    private final MemoryCredentialStore store = new MemoryCredentialStore()
            .userIds(new UserIds(VirtDomains.USERID, "example.org", Set.of("cyrus")))
            .user("alice@example.com", "secret", bytes("s1"), bytes("s2"))
            .user("alice", "plain-alice", bytes("s3"), bytes("s4"))
            .user("cyrus", "root", bytes("s5"), bytes("s6"))
            .admin("cyrus");
    private final Mechanisms mechanisms = new Mechanisms(Mechanisms.DEFAULT, store,
            bytes("a-secret-of-sixteen-octets"), 4096, () -> "n");

    private SaslServer start(String name) {
        return mechanisms.start(name, Optional.empty()).orElseThrow();
    }

    @Test
    void plainCanonicalisesTheAuthcidBeforeThePasswordCheck() {
        SaslStep.Success ok = success(start("PLAIN").evaluate(bytes("\0alice@EXAMPLE.com\0secret")));
        assertThat(ok.authcid()).isEqualTo("alice@example.com");
        assertThat(ok.authzid()).isEqualTo("alice@example.com");
        assertThat(store.verified).containsExactly("alice@example.com");
    }

    @Test
    void theDefaultDomainIsStrippedAndTwoDomainsKeepTheirUsersApart() {
        assertThat(success(start("PLAIN").evaluate(bytes("\0alice@example.org\0plain-alice"))).authzid())
                .isEqualTo("alice");
        assertThat(failure(start("PLAIN").evaluate(bytes("\0alice@example.org\0secret"))))
                .isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
    }

    @Test
    void anAuthzidSpelledDifferentlyIsStillTheUserItself() {
        SaslStep.Success ok = success(start("PLAIN").evaluate(bytes("alice%Example.com\0alice@example.com\0secret")));
        assertThat(ok.authzid()).isEqualTo("alice@example.com");
        assertThat(failure(start("PLAIN").evaluate(bytes("bob@example.com\0alice@example.com\0secret"))))
                .isEqualTo(SaslStep.Reason.AUTHORIZATION_FAILED);
    }

    @Test
    void aGlobalAdminProxiesToADomainUser() {
        SaslStep.Success ok = success(start("PLAIN").evaluate(bytes("alice@Example.com\0cyrus\0root")));
        assertThat(ok.authzid()).isEqualTo("alice@example.com");
        assertThat(ok.authcid()).isEqualTo("cyrus");
    }

    @Test
    void scramLooksUpTheCanonicalUser() {
        ScramClient client = new ScramClient(ScramAlgorithm.SHA_256, "alice@Example.COM", "secret", "n,,", "cn");
        SaslServer s = start("SCRAM-SHA-256");
        String serverFirst = challenge(s.evaluate(bytes(client.first())));
        assertThat(success(s.evaluate(bytes(client.last(serverFirst)))).authzid()).isEqualTo("alice@example.com");
    }

    @Test
    void aNameThatCannotBeAUserFailsLikeAWrongPassword() {
        assertThat(failure(start("PLAIN").evaluate(bytes("\0@example.com\0secret"))))
                .isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
        assertThat(store.verified).isEmpty();
        ScramClient client = new ScramClient(ScramAlgorithm.SHA_256, "alice@", "secret", "n,,", "cn");
        SaslServer s = start("SCRAM-SHA-256");
        String serverFirst = challenge(s.evaluate(bytes(client.first())));
        assertThat(failure(s.evaluate(bytes(client.last(serverFirst)))))
                .isEqualTo(SaslStep.Reason.AUTHENTICATION_FAILED);
    }
}
