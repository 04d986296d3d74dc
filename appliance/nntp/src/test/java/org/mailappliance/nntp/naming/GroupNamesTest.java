package org.mailappliance.nntp.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupNamesTest {

    @Test
    void withPrefixGroupsLiveBelowIt() {
        GroupNames names = new GroupNames("netnews");
        assertThat(names.mailbox("comp.lang.java")).contains("netnews.comp.lang.java");
        assertThat(names.toGroup("netnews.comp.lang.java")).contains("comp.lang.java");
        assertThat(names.toGroup("netnews")).isEmpty();
        assertThat(names.toGroup("shared.folder")).isEmpty();
        assertThat(names.toGroup("user.alice")).isEmpty();
        assertThat(new GroupNames("netnews.").mailbox("a")).contains("netnews.a");
    }

    @Test
    void withoutPrefixSharedTopLevelMailboxesAreGroupsButPersonalOnesNever() {
        GroupNames names = new GroupNames("");
        assertThat(names.mailbox("comp.lang.java")).contains("comp.lang.java");
        assertThat(names.toGroup("misc.test")).contains("misc.test");
        assertThat(names.toGroup("user.alice.Sent")).isEmpty();
        assertThat(names.mailbox("user.alice")).isEmpty();
        assertThat(names.toGroup("example.org!misc")).isEmpty();
        assertThat(names.mailbox("a..b")).isEmpty();
        assertThat(names.mailbox(".a")).isEmpty();
        assertThat(names.mailbox("a b")).isEmpty();
        assertThat(names.mailbox("")).isEmpty();
    }
}
