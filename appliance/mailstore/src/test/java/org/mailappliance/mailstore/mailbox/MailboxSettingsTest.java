package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

class MailboxSettingsTest {

    @Test
    void cyrusDefaults() throws Exception {
        MailboxSettings settings = MailboxSettings.from(ImapdConf.of(Map.of()));

        assertThat(settings.deleteMode()).isEqualTo(DeleteMode.DELAYED);
        assertThat(settings.deletedPrefix()).isEqualTo("DELETED");
        assertThat(settings.inboxFolders()).isEmpty();
        assertThat(settings.autocreatesQuota()).isFalse();
        assertThat(settings.acl().admins()).isEmpty();
    }

    @Test
    void readsDeleteModeFoldersAndSpecialUse() throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("delete_mode", "Immediate");
        values.put("deletedprefix", "Trashcan");
        values.put("autocreate_inbox_folders", "Sent|Lists/cyrus.devel| Trash ");
        values.put("autocreate_subscribe_folders", "Lists/cyrus.devel");
        values.put("xlist-trash", "Trash");
        values.put("xlist-flagged", "Lists/cyrus.devel");
        values.put("admins", "cyrus");
        values.put("autocreate_quota", "0");
        MailboxSettings settings = MailboxSettings.from(ImapdConf.of(values));

        assertThat(settings.deleteMode()).isEqualTo(DeleteMode.IMMEDIATE);
        assertThat(settings.deletedPrefix()).isEqualTo("Trashcan");
        assertThat(settings.inboxFolders()).containsExactly("Sent", "Lists.cyrus^devel", "Trash");
        assertThat(settings.subscribeFolders()).containsExactly("Lists.cyrus^devel");
        assertThat(settings.specialUse()).isEqualTo(Map.of("Trash", "\\Trash", "Lists.cyrus^devel", "\\Flagged"));
        assertThat(settings.acl().isAdmin("cyrus")).isTrue();
        assertThat(settings.autocreatesQuota()).isTrue();
        assertThat(settings.autocreateStorageLimit()).isEqualTo(-1);
    }

    @Test
    void netnewsSeparatorKeepsDots() throws Exception {
        MailboxSettings settings = MailboxSettings.from(ImapdConf.of(Map.of("unixhierarchysep", "no",
                "autocreate_inbox_folders", "Lists.cyrus")));

        assertThat(settings.inboxFolders()).containsExactly("Lists.cyrus");
    }

    @Test
    void badValuesAreConfigErrors() {
        assertThatThrownBy(() -> MailboxSettings.from(ImapdConf.of(Map.of("delete_mode", "later"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("immediate");
        assertThatThrownBy(() -> MailboxSettings.from(ImapdConf.of(Map.of("deletedprefix", "a.b"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("deletedprefix");
    }
}
