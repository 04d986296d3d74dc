package org.mailappliance.lmtp.address;

import org.mailappliance.sasl.identity.VirtDomains;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailappliance.lmtp.delivery.Recipient;

class RecipientResolverTest {

    private static Recipient resolve(RecipientResolver r, String path) throws SyntaxException {
        return r.resolve(PathParser.parseWhole(path, false));
    }

    @Test
    void splitsAtTheFirstPlusAndDowncasesOnlyTheUser() throws SyntaxException {
        RecipientResolver r = new RecipientResolver(true, VirtDomains.OFF, "internal");
        Recipient rcpt = resolve(r, "<Alice+Work+Sub@Example.org>");
        assertThat(rcpt.user()).isEqualTo("alice");
        assertThat(rcpt.detail()).contains("Work+Sub");
        assertThat(rcpt.domain()).isEmpty();
        assertThat(rcpt.address()).isEqualTo("Alice+Work+Sub@Example.org");
        assertThat(rcpt.userid()).isEqualTo("alice");
    }

    @Test
    void emptyDetailIsNoDetail() throws SyntaxException {
        RecipientResolver r = new RecipientResolver(true, VirtDomains.OFF, null);
        assertThat(resolve(r, "<bob+>").detail()).isEmpty();
        Recipient shared = resolve(r, "<+shared.folder>");
        assertThat(shared.user()).isEmpty();
        assertThat(shared.detail()).contains("shared.folder");
    }

    @Test
    void downcaseCanBeTurnedOff() throws SyntaxException {
        RecipientResolver r = new RecipientResolver(false, VirtDomains.OFF, null);
        assertThat(resolve(r, "<Bob>").user()).isEqualTo("Bob");
    }

    @Test
    void virtualDomainsKeepTheDomainExceptTheDefault() throws SyntaxException {
        RecipientResolver r = new RecipientResolver(true, VirtDomains.USERID, "Example.ORG");
        assertThat(resolve(r, "<bob@EXAMPLE.com>").domain()).isEqualTo(Optional.of("example.com"));
        assertThat(resolve(r, "<bob@EXAMPLE.com>").userid()).isEqualTo("bob@example.com");
        assertThat(resolve(r, "<bob@example.org>").domain()).isEmpty();
        assertThat(resolve(r, "<bob>").domain()).isEmpty();
        assertThat(new RecipientResolver(true, VirtDomains.ON, "")
                .resolve(new MailPath("bob", "example.org")).domain()).contains("example.org");
    }

    @Test
    void virtdomainsValues() throws Exception {
        assertThat(VirtDomains.parse("userid")).isEqualTo(VirtDomains.USERID);
        assertThat(VirtDomains.parse(" On ")).isEqualTo(VirtDomains.ON);
        assertThat(VirtDomains.parse("no")).isEqualTo(VirtDomains.OFF);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VirtDomains.parse("maybe"))
                .hasMessageContaining("virtdomains");
    }
}
