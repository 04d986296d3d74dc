package org.mailappliance.imap.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

class CyrusNamingTest {
    private final CyrusNaming alt = new CyrusNaming('/');
    private final CyrusNaming standard = new CyrusNaming('/', false, "Other Users", "Shared Folders", "Alt Folders");
    private final CyrusNaming netnews = new CyrusNaming('.', false, "Other Users", "Shared Folders", "Alt Folders");
    private final CyrusNaming altNetnews = new CyrusNaming('.', true, "Other Users", "Shared Folders", "Alt Folders");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INBOX                         | user.alice",
        "Sent                          | user.alice.Sent",
        "Sent/2024                     | user.alice.Sent.2024",
        "INBOX/foo                     | user.alice.INBOX.foo",
        "Alt Folders/INBOX             | user.alice.INBOX",
        "Alt Folders/Other Users       | user.alice.Other Users",
        "Alt Folders/inbox             | user.alice.inbox",
        "Other Users/bob               | user.bob",
        "Other Users/bob/Sent          | user.bob.Sent",
        "Other Users/john.doe/a.b      | user.john^doe.a^b",
        "Shared Folders/lists          | lists",
        "Shared Folders/lists/cyrus    | lists.cyrus",
        "v1.2                          | user.alice.v1^2",
        "Entwürfe                      | user.alice.Entw&APw-rfe",
        "Tom & Jerry                   | user.alice.Tom &- Jerry",
    })
    void alternateNamespaceBothWays(String external, String internal) throws Exception {
        assertThat(alt.toInternal(external, "alice", false)).isEqualTo(internal);
        assertThat(alt.toExternal(internal, "alice", false)).isEqualTo(external);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INBOX              | user.alice",
        "INBOX/Sent         | user.alice.Sent",
        "user/bob           | user.bob",
        "user/bob/Sent      | user.bob.Sent",
        "lists/cyrus        | lists.cyrus",
    })
    void standardNamespaceBothWays(String external, String internal) throws Exception {
        assertThat(standard.toInternal(external, "alice", false)).isEqualTo(internal);
        assertThat(standard.toExternal(internal, "alice", false)).isEqualTo(external);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "user/alice/Sent    | user.alice.Sent",
        "user/bob           | user.bob",
        "lists              | lists",
        "INBOX              | user.admin",
        "INBOX/Drafts       | user.admin.Drafts",
        "DELETED/user/bob/5F00AA | DELETED.user.bob.5F00AA",
    })
    void adminsGetTheAdminNamespaceWhateverAltnamespaceSays(String external, String internal) throws Exception {
        assertThat(alt.toInternal(external, "admin", true)).isEqualTo(internal);
        assertThat(alt.toExternal(internal, "admin", true)).isEqualTo(external);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INBOX.Sent          | user.alice.Sent",
        "INBOX.v1^2          | user.alice.v1^2",
        "user.john^doe.Sent  | user.john^doe.Sent",
        "lists.a/b           | lists.a/b",
    })
    void netnewsSeparatorKeepsTheCaret(String external, String internal) throws Exception {
        assertThat(netnews.toInternal(external, "alice", false)).isEqualTo(internal);
        assertThat(netnews.toExternal(internal, "alice", false)).isEqualTo(external);
    }

    @Test
    void userIdWithADotOwnsTheCaretSpelling() throws Exception {
        assertThat(alt.toInternal("INBOX", "john.doe", false)).isEqualTo("user.john^doe");
        assertThat(alt.toExternal("user.john^doe.Sent", "john.doe", false)).isEqualTo("Sent");
        assertThat(altNetnews.toExternal("user.john^doe.Sent", "john.doe", false)).isEqualTo("Sent");
        assertThat(altNetnews.toInternal("Sent", "john.doe", false)).isEqualTo("user.john^doe.Sent");
    }

    @Test
    void inboxIsCaseInsensitiveAsTheFirstLevel() throws Exception {
        assertThat(alt.toInternal("inbox", "alice", false)).isEqualTo("user.alice");
        assertThat(alt.toInternal("Inbox/foo", "alice", false)).isEqualTo("user.alice.INBOX.foo");
        assertThat(standard.toInternal("inbox/Sent", "alice", false)).isEqualTo("user.alice.Sent");
    }

    @Test
    void namesTheUserCannotSeeHaveNoExternalName() {
        assertThat(standard.toExternal("inbox.x", "alice", false)).isNull();
        assertThat(alt.toExternal("user", "alice", false)).isNull();
        assertThat(alt.toExternal("example.com!user.bob", "alice", false)).isNull();
        assertThat(alt.toExternal("bad&name", "alice", false)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/Sent",
        "Sent/",
        "a//b",
        "Other Users",
        "Shared Folders",
        "Alt Folders",
        "Shared Folders/user/x",
        "a^b",
    })
    void invalidAlternateNames(String external) {
        assertThatThrownBy(() -> alt.toInternal(external, "alice", false))
                .isInstanceOf(InvalidMailboxNameException.class).hasMessageNotContaining("null");
    }

    @Test
    void invalidNamesSayWhy() {
        assertThatThrownBy(() -> alt.toInternal("", "alice", false)).hasMessageContaining("empty");
        assertThatThrownBy(() -> alt.toInternal("a\tb", "alice", false)).hasMessageContaining("control");
        assertThatThrownBy(() -> standard.toInternal("user", "alice", false)).hasMessageContaining("prefix");
        assertThatThrownBy(() -> alt.toInternal("x".repeat(500), "alice", false)).hasMessageContaining("too long");
    }

    @Test
    void namespaces() {
        assertThat(alt.namespaces(false)).isEqualTo(new Namespaces("", "Other Users/", "Shared Folders/", '/'));
        assertThat(alt.namespaces(true)).isEqualTo(new Namespaces("INBOX/", "user/", "", '/'));
        assertThat(netnews.namespaces(false)).isEqualTo(new Namespaces("INBOX.", "user.", "", '.'));
    }

    @Test
    void fromConfiguration() throws Exception {
        CyrusNaming n = CyrusNaming.from(ImapdConf.of(Map.of("unixhierarchysep", "no", "altnamespace", "no")));
        assertThat(n.separator()).isEqualTo('.');
        assertThat(n.toInternal("INBOX.Sent", "alice", false)).isEqualTo("user.alice.Sent");
        CyrusNaming p = CyrusNaming.from(ImapdConf.of(Map.of("userprefix", "People", "sharedprefix", "Public")));
        assertThat(p.toInternal("People/bob", "alice", false)).isEqualTo("user.bob");
        assertThat(p.toExternal("lists", "alice", false)).isEqualTo("Public/lists");
        assertThatThrownBy(() -> CyrusNaming.from(ImapdConf.of(Map.of("userprefix", "a/b"))))
                .isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> CyrusNaming.from(ImapdConf.of(Map.of("userprefix", "X", "sharedprefix", "X"))))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void policyForNewNames() throws Exception {
        NamePolicy.checkCreatable("user.alice.Tom &- Jerry");
        NamePolicy.checkCreatable("user.alice.Entw&APw-rfe");
        assertThatThrownBy(() -> NamePolicy.checkCreatable("user.alice.a%b")).hasMessageContaining("'%'");
        assertThatThrownBy(() -> NamePolicy.checkCreatable("$RACL")).hasMessageContaining("'$'");
        assertThatThrownBy(() -> NamePolicy.checkCreatable("user.anyone")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> NamePolicy.checkCreatable("lists.a/b")).hasMessageContaining("'/'");
    }
}
