package org.mailappliance.imap.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailappliance.sasl.identity.UserIds;
import org.mailappliance.sasl.identity.VirtDomains;

class DomainNamingTest {
    private final DomainNaming naming = new DomainNaming(new CyrusNaming('/'),
            new UserIds(VirtDomains.USERID, "example.org", Set.of("cyrus")));

    @Test
    void aDomainUserNamesMailboxesOfItsDomainOnly() throws Exception {
        String alice = "alice@example.com";
        assertThat(naming.toInternal("INBOX", alice, false)).isEqualTo("example.com!user.alice");
        assertThat(naming.toInternal("Sent", alice, false)).isEqualTo("example.com!user.alice.Sent");
        assertThat(naming.toInternal("Other Users/bob", alice, false)).isEqualTo("example.com!user.bob");
        assertThat(naming.toInternal("Shared Folders/lists", alice, false)).isEqualTo("example.com!lists");
        assertThat(naming.toExternal("example.com!user.alice.Sent", alice, false)).isEqualTo("Sent");
        assertThat(naming.toExternal("example.com!user.bob", alice, false)).isEqualTo("Other Users/bob");
        assertThat(naming.toExternal("example.net!user.alice", alice, false)).isNull();
        assertThat(naming.toExternal("user.alice", alice, false)).isNull();
        assertThat(naming.toExternal("example.com!user.alice", "alice", false)).isNull();
    }

    @Test
    void aDomainAdminHasTheAdminNamespaceOfItsDomain() throws Exception {
        String boss = "boss@example.com";
        assertThat(naming.toInternal("user/alice@example.net", boss, true)).isEqualTo("example.com!user.alice@example^net");
        assertThat(naming.toExternal("example.com!user.alice", boss, true)).isEqualTo("user/alice");
        assertThat(naming.toExternal("example.net!user.alice", boss, true)).isNull();
    }

    @Test
    void aGlobalAdminQualifiesNamesWithTheirDomain() throws Exception {
        assertThat(naming.toInternal("user/alice/Sent@Example.COM", "cyrus", true))
                .isEqualTo("example.com!user.alice.Sent");
        assertThat(naming.toInternal("user/alice@example.org", "cyrus", true)).isEqualTo("user.alice");
        assertThat(naming.toInternal("INBOX", "cyrus", true)).isEqualTo("user.cyrus");
        assertThat(naming.toExternal("example.com!user.alice.Sent", "cyrus", true))
                .isEqualTo("user/alice/Sent@example.com");
        assertThat(naming.toExternal("example.com!user.cyrus", "cyrus", true)).isEqualTo("user/cyrus@example.com");
        assertThatThrownBy(() -> naming.toInternal("INBOX@example.com", "cyrus", true))
                .isInstanceOf(InvalidMailboxNameException.class);
        assertThatThrownBy(() -> naming.toInternal("user/x@exa!mple.com", "cyrus", true))
                .isInstanceOf(InvalidMailboxNameException.class);
    }

    @Test
    void withoutVirtualDomainsAnAtIsPartOfTheName() throws Exception {
        DomainNaming off = new DomainNaming(new CyrusNaming('/'), UserIds.withoutDomains());
        assertThat(off.toInternal("user/a@b", "cyrus", true)).isEqualTo("user.a@b");
    }
}
