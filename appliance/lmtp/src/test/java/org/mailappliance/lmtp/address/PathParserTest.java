package org.mailappliance.lmtp.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathParserTest {

    @Test
    void plainAddress() throws SyntaxException {
        MailPath p = PathParser.parseWhole("<alice@example.org>", false);
        assertThat(p.localPart()).isEqualTo("alice");
        assertThat(p.domain()).isEqualTo("example.org");
        assertThat(p).hasToString("<alice@example.org>");
    }

    @Test
    void nullPathOnlyWhereAllowed() throws SyntaxException {
        assertThat(PathParser.parseWhole("<>", true).isNull()).isTrue();
        assertThat(PathParser.parseWhole("<>", true)).hasToString("<>");
        assertThatThrownBy(() -> PathParser.parseWhole("<>", false))
                .isInstanceOf(SyntaxException.class).hasMessageContaining("null path");
    }

    @Test
    void sourceRouteIsIgnored() throws SyntaxException {
        MailPath p = PathParser.parseWhole("<@a.example,@b.example:user@d.example>", false);
        assertThat(p).isEqualTo(new MailPath("user", "d.example"));
    }

    @Test
    void quotedLocalPartIsUnquotedAndQuotedAgainWhenNeeded() throws SyntaxException {
        MailPath p = PathParser.parseWhole("<\"john \\\"j\\\" smith\"@example.org>", false);
        assertThat(p.localPart()).isEqualTo("john \"j\" smith");
        assertThat(p.address()).isEqualTo("\"john \\\"j\\\" smith\"@example.org");
        // a quoted string that is a valid dot-string needs no quotes
        assertThat(PathParser.parseWhole("<\"bob\"@example.org>", false).address()).isEqualTo("bob@example.org");
    }

    @Test
    void domainIsOptionalAndAddressLiteralsAreKept() throws SyntaxException {
        assertThat(PathParser.parseWhole("<postmaster>", false)).isEqualTo(new MailPath("postmaster", null));
        assertThat(PathParser.parseWhole("<a@[192.0.2.1]>", false).domain()).isEqualTo("[192.0.2.1]");
        assertThat(PathParser.parseWhole("<a@[IPv6:2001:db8::1]>", false).domain()).isEqualTo("[IPv6:2001:db8::1]");
    }

    @Test
    void atextSymbolsAndPlusDetail() throws SyntaxException {
        assertThat(PathParser.parseWhole("<a.b+c/d=e!#$%&'*-?^_`{|}~@x.example>", false).localPart())
                .isEqualTo("a.b+c/d=e!#$%&'*-?^_`{|}~");
    }

    @Test
    void parseReportsWhereThePathEnds() throws SyntaxException {
        PathParser.Parsed parsed = PathParser.parse("FROM:<a@b> SIZE=1", 5, true);
        assertThat(parsed.end()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "alice@example.org",            // no brackets
        "<alice@example.org",           // unterminated
        "<alice@example.org>x",         // trailing text
        "<.alice@example.org>",         // leading dot
        "<alice.@example.org>",         // trailing dot
        "<al..ice@example.org>",        // empty atom
        "<al ice@example.org>",         // space outside quotes
        "<alice@>",                     // empty domain
        "<alice@-example.org>",         // label starting with hyphen
        "<alice@example-.org>",         // label ending with hyphen
        "<alice@example..org>",         // empty label
        "<alice@exa_mple.org>",         // underscore in a domain
        "<alice@[]>",                   // empty address literal
        "<alice@[1.2.3.4>",             // unterminated address literal
        "<\"\"@example.org>",           // empty quoted string
        "<\"abc@example.org>",          // unterminated quoted string
        "<\"a\u00e9\"@example.org>",    // non-ASCII in quotes
        "<j\u00f6rg@example.org>",      // non-ASCII (no SMTPUTF8)
        "<@a.example:>",                // source route without mailbox
        "<@a.example,b.example:u@d>",   // second route element without @
        "<@a.example u@d>",             // route without colon
        "<@>",                          // nonsense
        "<a@b@c>",                      // two @
        ""                              // nothing
    })
    void rejects(String text) {
        assertThatThrownBy(() -> PathParser.parseWhole(text, true)).isInstanceOf(SyntaxException.class);
    }

    @Test
    void limitsFromRfc5321() throws SyntaxException {
        String local64 = "a".repeat(64);
        assertThat(PathParser.parseWhole("<" + local64 + "@x.example>", false).localPart()).hasSize(64);
        assertThatThrownBy(() -> PathParser.parseWhole("<a" + local64 + "@x.example>", false))
                .hasMessageContaining("local part longer");
        String longDomain = ("d".repeat(60) + ".").repeat(5) + "example";
        assertThatThrownBy(() -> PathParser.parseWhole("<a@" + longDomain + ">", false))
                .hasMessageContaining("path longer");
    }
}
