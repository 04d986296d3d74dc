package org.mailappliance.mailstore.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

class AclPolicyTest {
    private final AclPolicy policy = new AclPolicy(Set.of("cyrus"), Rights.parse("lkxan"),
            AccessControlList.of("anyone", "lrs"));

    @Test
    void ownersOfPersonalMailboxes() {
        assertThat(AclPolicy.ownerOf("user.fred")).contains("fred");
        assertThat(AclPolicy.ownerOf("user.fred.Sent.2024")).contains("fred");
        assertThat(AclPolicy.ownerOf("user.john^doe.Sent")).contains("john.doe");
        assertThat(AclPolicy.ownerOf("example.com!user.fred.x")).contains("fred@example.com");
        assertThat(AclPolicy.ownerOf("shared.lists")).isEmpty();
        assertThat(AclPolicy.ownerOf("user")).isEmpty();
        assertThat(AclPolicy.ownerOf("username.x")).isEmpty();
    }

    @Test
    void theOwnerAlwaysHasTheImplicitRightsEvenAgainstTheAcl() {
        AccessControlList acl = AccessControlList.of("bob", "lr", "-fred", "lrswipkxtean");

        assertThat(policy.rightsOf(Identity.user("fred"), "user.fred.Sent", acl).format()).isEqualTo("lkxcan");
        assertThat(policy.rightsOf(Identity.user("fred"), "user.bob", acl)).isEqualTo(Rights.NONE);
        assertThat(policy.rightsOf(Identity.user("bob"), "user.fred.Sent", acl).format()).isEqualTo("lr");
    }

    @Test
    void adminsHoldLookupAndAdministerButNotDelete() {
        AccessControlList acl = AccessControlList.of("fred", "lrswipkxtecdan");
        Identity admin = policy.identify("cyrus", Set.of());

        assertThat(admin.admin()).isTrue();
        assertThat(policy.identify("fred", Set.of()).admin()).isFalse();
        assertThat(policy.rightsOf(admin, "user.fred", acl).format()).isEqualTo("la");
        assertThat(policy.rightsOf(admin, "user.fred", acl.with("cyrus", Rights.parse("x"))).format()).isEqualTo("lxca");
        assertThat(policy.rightsOf(Identity.SYSTEM, "user.fred", AccessControlList.EMPTY)).isEqualTo(Rights.ALL);
    }

    @Test
    void aDomainAdminAdministersItsOwnDomainOnly() {
        AclPolicy domains = new AclPolicy(Set.of("cyrus", "boss@example.com"), Rights.parse("lkxan"),
                AccessControlList.of("anyone", "lrs"));
        Identity boss = domains.identify("boss@example.com", Set.of());
        Identity global = domains.identify("cyrus", Set.of());
        AccessControlList acl = AccessControlList.of("alice@example.com", "lrswipkxtecdan");

        assertThat(boss.admin()).isTrue();
        assertThat(domains.rightsOf(boss, "example.com!user.alice", acl).format()).isEqualTo("la");
        assertThat(domains.rightsOf(boss, "example.org!user.alice", acl)).isEqualTo(Rights.NONE);
        assertThat(domains.rightsOf(boss, "user.alice", acl)).isEqualTo(Rights.NONE);
        assertThat(AclPolicy.adminOver(boss, "example.org!lists")).isFalse();
        assertThat(domains.rightsOf(global, "example.org!user.alice", acl).format()).isEqualTo("la");
        assertThat(AclPolicy.adminOver(global, "example.org!lists")).isTrue();
        assertThat(domains.rightsOf(Identity.user("alice@example.com"), "example.com!user.alice.Sent",
                AccessControlList.EMPTY).format()).isEqualTo("lkxcan");
    }

    @Test
    void newMailboxesStartFromTheAncestorTheOwnerOrDefaultacl() {
        AccessControlList parent = AccessControlList.of("fred", "lrswipkxtecdan", "bob", "lr");

        assertThat(policy.initialAcl("user.fred.Sent", Optional.of(parent))).isEqualTo(parent);
        assertThat(policy.initialAcl("user.fred", Optional.empty()).format()).isEqualTo("fred\tlrswipkxtecdan\t");
        assertThat(policy.initialAcl("shared", Optional.empty()).format()).isEqualTo("anyone\tlrs\t");
    }

    @Test
    void setaclKeepsTheOwnersImplicitRights() {
        AccessControlList acl = AccessControlList.of("fred", "lrswipkxtecdan");

        assertThat(policy.change("user.fred", acl, "fred", RightsChange.parse("-lrswa")).format())
                .isEqualTo("fred\tlipkxtecdan\t");
        assertThat(policy.change("user.fred", acl, "fred", RightsChange.parse("")).format()).isEqualTo("fred\tlkxcan\t");
        assertThat(policy.change("shared", AccessControlList.of("fred", "lr"), "fred", RightsChange.parse("")))
                .isEqualTo(AccessControlList.EMPTY);
    }

    @Test
    void readsImapdConf() throws Exception {
        AclPolicy fromConf = AclPolicy.from(ImapdConf.of(Map.of("admins", "cyrus  repl", "defaultacl",
                "anyone lr group:staff lrswi", "implicit_owner_rights", "lka")));

        assertThat(fromConf.admins()).containsExactlyInAnyOrder("cyrus", "repl");
        assertThat(fromConf.defaultAcl().format()).isEqualTo("anyone\tlr\tgroup:staff\tlrswi\t");
        assertThat(fromConf.implicitOwnerRights().format()).isEqualTo("lkca");
        assertThat(AclPolicy.defaults().defaultAcl().format()).isEqualTo("anyone\tlrs\t");
        assertThat(AclPolicy.defaults().implicitOwnerRights().format()).isEqualTo("lkxcan");
        assertThatThrownBy(() -> AclPolicy.from(ImapdConf.of(Map.of("defaultacl", "anyone"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'anyone' has no rights");
        assertThatThrownBy(() -> AclPolicy.from(ImapdConf.of(Map.of("implicit_owner_rights", "lq"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'q' is not a right");
    }
}
