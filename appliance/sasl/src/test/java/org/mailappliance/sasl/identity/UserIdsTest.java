package org.mailappliance.sasl.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;

class UserIdsTest {
    private final UserIds domains = new UserIds(VirtDomains.USERID, "Example.ORG", Set.of("cyrus", "boss@example.org"));

    @Test
    void aLoginSplitsAtItsLastAtAndTheDomainIsLowerCased() {
        assertThat(domains.canonical("alice@Example.COM")).contains("alice@example.com");
        assertThat(domains.canonical("Alice@example.com")).contains("Alice@example.com");
        assertThat(domains.canonical("a@b@example.com")).contains("a@b@example.com");
        assertThat(domains.canonical("alice%example.com")).contains("alice@example.com");
        assertThat(domains.canonical("alice")).contains("alice");
    }

    @Test
    void theDefaultDomainIsNoDomain() {
        assertThat(domains.canonical("alice@example.org")).contains("alice");
        assertThat(domains.canonical("alice@EXAMPLE.org")).contains("alice");
        assertThat(domains.domainOfAddress("Example.Org")).isEmpty();
        assertThat(domains.domainOfAddress("Example.com")).contains("example.com");
    }

    @Test
    void adminsAreSystemUsersKeptAsWritten() {
        assertThat(domains.canonical("boss@example.org")).contains("boss@example.org");
        assertThat(domains.canonical("cyrus")).contains("cyrus");
    }

    @Test
    void namesWithAnEmptyUserOrDomainAreNoUsers() {
        assertThat(domains.canonical("@example.com")).isEmpty();
        assertThat(domains.canonical("alice@")).isEmpty();
        assertThat(domains.canonical("")).isEmpty();
        assertThat(domains.canonical(null)).isEmpty();
    }

    @Test
    void withoutVirtualDomainsAnAtIsRefusedAndAddressesHaveNoDomain() {
        UserIds off = UserIds.withoutDomains();
        assertThat(off.canonical("alice")).contains("alice");
        assertThat(off.canonical("alice@example.com")).isEmpty();
        assertThat(off.canonical("alice%example.com")).contains("alice%example.com");
        assertThat(off.domainOfAddress("example.com")).isEmpty();
        assertThat(off.aclIdentifier("bob@example.com", Optional.empty())).contains("bob@example.com");
    }

    @Test
    void aclIdentifiersAreQualifiedWithTheMailboxDomainAsCyrusStoresThem() {
        Optional<String> com = Optional.of("example.com");
        assertThat(domains.aclIdentifier("bob", com)).contains("bob@example.com");
        assertThat(domains.aclIdentifier("-bob", com)).contains("-bob@example.com");
        assertThat(domains.aclIdentifier("bob@Example.com", com)).contains("bob@example.com");
        assertThat(domains.aclIdentifier("anyone", com)).contains("anyone");
        assertThat(domains.aclIdentifier("anonymous", com)).contains("anonymous");
        assertThat(domains.aclIdentifier("group:staff", com)).contains("group:staff");
        assertThat(domains.aclIdentifier("cyrus", com)).contains("cyrus");
        assertThat(domains.aclIdentifier("bob", Optional.empty())).contains("bob");
        assertThat(domains.aclIdentifier("bob@example.org", Optional.empty())).contains("bob");
    }

    @Test
    void aclIdentifiersNeverCrossDomains() {
        assertThat(domains.aclIdentifier("bob@example.net", Optional.of("example.com"))).isEmpty();
        assertThat(domains.aclIdentifier("bob@example.org", Optional.of("example.com"))).isEmpty();
        assertThat(domains.aclIdentifier("bob@example.net", Optional.empty())).isEmpty();
        assertThat(domains.aclIdentifier("@example.com", Optional.of("example.com"))).isEmpty();
    }

    @Test
    void readsImapdConf() throws Exception {
        UserIds ids = UserIds.fromConfig(ImapdConf.of(Map.of("virtdomains", "userid")));
        assertThat(ids.domainsEnabled()).isTrue();
        assertThat(ids.canonical("alice@internal")).contains("alice");
        assertThat(UserIds.fromConfig(ImapdConf.of(Map.of())).virtDomains()).isEqualTo(VirtDomains.OFF);
        assertThat(UserIds.domainOf("alice@example.com")).contains("example.com");
        assertThat(UserIds.localPart("alice@example.com")).isEqualTo("alice");
    }
}
