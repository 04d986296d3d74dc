package org.mailappliance.imap.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.testing.ClientFramer;

/** Entry names (RFC 5464 §3.2, Cyrus's wildcards), DEPTH selection and the GETMETADATA/SETMETADATA decoders. */
class MetadataParsingTest {

    private static ImapReader reader(String... lines) {
        return new ImapReader(ClientFramer.frame(lines), ParseLimits.DEFAULT, false);
    }

    @Test
    void entryNamesAreScopedAndLowerCase() throws Exception {
        EntryName n = EntryName.parse("/Shared/Vendor/CMU/cyrus-imapd/Expire", false);
        assertThat(n.name()).isEqualTo("/shared/vendor/cmu/cyrus-imapd/expire");
        assertThat(n.priv()).isFalse();
        assertThat(n.path()).isEqualTo("/vendor/cmu/cyrus-imapd/expire");
        assertThat(EntryName.parse("/private/comment", false).priv()).isTrue();
        assertThat(EntryName.parse("/private", true).path()).isEmpty();
    }

    @Test
    void badEntryNamesAreRefused() {
        for (String bad : new String[] {"/comment", "shared/comment", "/shared//x", "/shared/x/", "/shared",
                "/shared/a\u00e9", "/shared/a*", "/private/%"}) {
            assertThatThrownBy(() -> EntryName.parse(bad, false)).as(bad).isInstanceOf(ParseException.class);
        }
        assertThatThrownBy(() -> EntryName.parse("/other/*", true)).isInstanceOf(ParseException.class);
    }

    @Test
    void depthAndWildcardsSelect() throws Exception {
        EntryName vendor = EntryName.parse("/shared/vendor", false);
        assertThat(vendor.selects("/shared/vendor", 0)).isTrue();
        assertThat(vendor.selects("/shared/vendor/a", 0)).isFalse();
        assertThat(vendor.selects("/shared/vendor/a", 1)).isTrue();
        assertThat(vendor.selects("/shared/vendor/a/b", 1)).isFalse();
        assertThat(vendor.selects("/shared/vendor/a/b", -1)).isTrue();
        assertThat(vendor.selects("/shared/vendorx", -1)).isFalse();
        EntryName all = EntryName.parse("/private/*", true);
        assertThat(all.selects("/private/comment", 0)).isTrue();
        assertThat(all.selects("/private/vendor/x/y", 0)).isTrue();
        assertThat(all.selects("/shared/comment", 0)).isFalse();
        EntryName level = EntryName.parse("/shared/vendor/cmu/cyrus-imapd/s%", true);
        assertThat(level.selects("/shared/vendor/cmu/cyrus-imapd/squat", 0)).isTrue();
        assertThat(level.selects("/shared/vendor/cmu/cyrus-imapd/s/x", 0)).isFalse();
        assertThat(level.selects("/shared/vendor/cmu/cyrus-imapd/expire", 0)).isFalse();
    }

    @Test
    void getMetadataOptionsComeFirst() throws Exception {
        GetMetadataCommand.Args a = GetMetadataCommand.parse(reader(" (MAXSIZE 1024 DEPTH infinity) INBOX "
                + "(/shared/comment /private/comment)"));
        assertThat(a.maxSize()).isEqualTo(1024L);
        assertThat(a.depth()).isEqualTo(-1);
        assertThat(a.wireMailbox()).isEqualTo("INBOX");
        assertThat(a.entries()).containsExactly("/shared/comment", "/private/comment");
        GetMetadataCommand.Args plain = GetMetadataCommand.parse(reader(" \"\" /shared/motd"));
        assertThat(plain.maxSize()).isNull();
        assertThat(plain.depth()).isZero();
        assertThat(plain.wireMailbox()).isEmpty();
        assertThatThrownBy(() -> GetMetadataCommand.parse(reader(" (DEPTH 3) INBOX /shared")))
                .hasMessageContaining("DEPTH");
        assertThatThrownBy(() -> GetMetadataCommand.parse(reader(" (DEPTH 1 DEPTH 1) INBOX /shared")))
                .hasMessageContaining("twice");
    }

    @Test
    void setMetadataTakesNilAndLiterals() throws Exception {
        SetMetadataCommand.Args a = SetMetadataCommand.parse(reader(" INBOX (/shared/comment {5}", "hello "
                + "/private/comment NIL)"));
        assertThat(a.entries()).containsExactly("/shared/comment", "/private/comment");
        assertThat(a.values()).containsExactly("hello", null);
        assertThatThrownBy(() -> SetMetadataCommand.parse(reader(" INBOX (/shared/comment)")))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void cyrusValueChecks() {
        EntryDefinitions.Definition expire = EntryDefinitions.find(false, "/vendor/cmu/cyrus-imapd/expire");
        assertThat(EntryDefinitions.checkValue(expire, "30")).isNull();
        assertThat(EntryDefinitions.checkValue(expire, "-1")).isNotNull();
        assertThat(EntryDefinitions.checkValue(expire, "99999999999")).isNotNull();
        EntryDefinitions.Definition seen = EntryDefinitions.find(false, "/vendor/cmu/cyrus-imapd/sharedseen");
        assertThat(EntryDefinitions.checkValue(seen, "true")).isNull();
        assertThat(EntryDefinitions.checkValue(seen, "TRUE")).isNotNull();
        assertThat(EntryDefinitions.find(true, "/motd")).isNotNull();
        assertThat(EntryDefinitions.find(false, "/motd")).isNull();
    }
}
