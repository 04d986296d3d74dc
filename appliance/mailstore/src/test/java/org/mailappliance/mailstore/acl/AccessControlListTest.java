package org.mailappliance.mailstore.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessControlListTest {

    @Test
    void parsesAndFormatsTheStoredForm() {
        String stored = "fred\tlrswipkxtecdan\tanyone\tlrs\t-bob\tr\tgroup:staff\tlrsp\t";
        AccessControlList acl = AccessControlList.parse(stored);

        assertThat(acl.format()).isEqualTo(stored);
        assertThat(acl.entries().keySet()).containsExactly("fred", "anyone", "-bob", "group:staff");
        assertThat(acl.get("-bob").format()).isEqualTo("r");
        assertThat(AccessControlList.parse("fred\tlr")).isEqualTo(AccessControlList.of("fred", "lr"));
        assertThat(AccessControlList.parse("")).isEqualTo(AccessControlList.EMPTY);
    }

    @Test
    void malformedAclsAreReported() {
        assertThatThrownBy(() -> AccessControlList.parse("fred\tlr\tbob\t")).isInstanceOf(InvalidRightsException.class)
                .hasMessageContaining("'bob' has no rights");
        assertThatThrownBy(() -> AccessControlList.parse("\tlr\t")).hasMessageContaining("empty ACL identifier");
        assertThatThrownBy(() -> AccessControlList.parse("fred\tlz\t")).hasMessageContaining("'z' is not a right");
        assertThatThrownBy(() -> AccessControlList.EMPTY.with("a\tb", Rights.ALL)).hasMessageContaining("control");
    }

    @Test
    void effectiveRightsAreTheMatchingPositivesMinusTheMatchingNegatives() {
        AccessControlList acl = AccessControlList.of("anyone", "lrs", "bob", "lrswi", "-bob", "w",
                "group:staff", "p", "-group:interns", "s");

        assertThat(acl.rightsOf(Identity.user("bob")).format()).isEqualTo("lrsi");
        assertThat(acl.rightsOf(Identity.user("carol")).format()).isEqualTo("lrs");
        assertThat(acl.rightsOf(Identity.user("dave", Set.of("staff"))).format()).isEqualTo("lrsp");
        assertThat(acl.rightsOf(Identity.user("erin", Set.of("staff", "interns"))).format()).isEqualTo("lrp");
    }

    @Test
    void anyoneIncludesAnonymousButAnonymousOnlyMatchesTheAnonymousUser() {
        AccessControlList acl = AccessControlList.of("anyone", "l", "anonymous", "r");

        assertThat(acl.rightsOf(Identity.ANONYMOUS_USER).format()).isEqualTo("lr");
        assertThat(acl.rightsOf(Identity.user("fred")).format()).isEqualTo("l");
        assertThat(acl.rightsOf(Identity.user("anonymousfan")).format()).isEqualTo("l");
    }

    @Test
    void setaclEditsEntriesAndEmptyRightsRemoveThem() {
        AccessControlList acl = AccessControlList.of("anyone", "lrs");

        AccessControlList changed = acl.apply("bob", RightsChange.parse("+lr")).apply("anyone", RightsChange.parse("-rs"));
        assertThat(changed.format()).isEqualTo("anyone\tl\tbob\tlr\t");
        assertThat(changed.apply("anyone", RightsChange.parse("-l")).format()).isEqualTo("bob\tlr\t");
        assertThat(changed.without("bob").format()).isEqualTo("anyone\tl\t");
        assertThat(acl.format()).isEqualTo("anyone\tlrs\t");
    }
}
