package org.mailappliance.mailstore.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.acl.AclPolicy;
import org.mailappliance.mailstore.quota.QuotaRoot;

/**
 * The imapd.conf options mailbox operations follow.
 *
 * @param deleteMode            {@code delete_mode} (default delayed)
 * @param deletedPrefix         {@code deletedprefix} (default DELETED)
 * @param inboxFolders          {@code autocreate_inbox_folders}, as internal name suffixes ({@code Sent}, {@code Archive.2024})
 * @param subscribeFolders      {@code autocreate_subscribe_folders}, same form
 * @param specialUse            internal folder suffix to special-use flag, from the {@code xlist-<flag>} options
 * @param autocreateStorageKiB  {@code autocreate_quota}: STORAGE limit for new users, -1 none (0 unlimited)
 * @param autocreateMessages    {@code autocreate_quota_messages}: MESSAGE limit for new users, -1 none
 */
public record MailboxSettings(AclPolicy acl, DeleteMode deleteMode, String deletedPrefix, List<String> inboxFolders,
        List<String> subscribeFolders, Map<String, String> specialUse, long autocreateStorageKiB,
        long autocreateMessages) {

    public MailboxSettings {
        inboxFolders = List.copyOf(inboxFolders);
        subscribeFolders = List.copyOf(subscribeFolders);
        specialUse = Map.copyOf(specialUse);
        if (deletedPrefix.isEmpty() || deletedPrefix.indexOf('.') >= 0) {
            throw new IllegalArgumentException("deletedprefix must be one non-empty name component: '" + deletedPrefix + "'");
        }
    }

    /** Cyrus's defaults: delayed delete under DELETED, no autocreated folders, no admins. */
    public static MailboxSettings defaults() {
        return new MailboxSettings(AclPolicy.defaults(), DeleteMode.DELAYED, "DELETED", List.of(), List.of(), Map.of(),
                -1, -1);
    }

    public MailboxSettings withDeleteMode(DeleteMode mode) {
        return new MailboxSettings(acl, mode, deletedPrefix, inboxFolders, subscribeFolders, specialUse,
                autocreateStorageKiB, autocreateMessages);
    }

    public MailboxSettings withAcl(AclPolicy policy) {
        return new MailboxSettings(policy, deleteMode, deletedPrefix, inboxFolders, subscribeFolders, specialUse,
                autocreateStorageKiB, autocreateMessages);
    }

    public MailboxSettings withInboxFolders(List<String> folders, List<String> subscribed, Map<String, String> uses) {
        return new MailboxSettings(acl, deleteMode, deletedPrefix, folders, subscribed, uses, autocreateStorageKiB,
                autocreateMessages);
    }

    public MailboxSettings withAutocreateQuota(long storageKiB, long messages) {
        return new MailboxSettings(acl, deleteMode, deletedPrefix, inboxFolders, subscribeFolders, specialUse,
                storageKiB, messages);
    }

    public static MailboxSettings from(ImapdConf conf) throws ConfigException {
        DeleteMode mode;
        try {
            mode = DeleteMode.parse(conf.getString("delete_mode", "delayed"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        char separator = conf.getBoolean("unixhierarchysep", true) ? '/' : '.';
        List<String> folders = folderList(conf.getString("autocreate_inbox_folders", ""), separator);
        List<String> subscribe = folderList(conf.getString("autocreate_subscribe_folders", ""), separator);
        Map<String, String> uses = new LinkedHashMap<>();
        for (Map.Entry<String, String> xlist : conf.family("xlist-").entrySet()) {
            uses.put(toInternal(xlist.getValue().strip(), separator), specialUseFlag(xlist.getKey()));
        }
        long quota = conf.getInt("autocreate_quota", -1);
        long messages = conf.getInt("autocreate_quota_messages", -1);
        try {
            return new MailboxSettings(AclPolicy.from(conf), mode, conf.getString("deletedprefix", "DELETED"), folders,
                    subscribe, uses, quota, messages);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** The STORAGE limit autocreate applies, or {@link QuotaRoot#UNLIMITED}; 0 means unlimited too. */
    long autocreateStorageLimit() {
        return autocreateStorageKiB <= 0 ? QuotaRoot.UNLIMITED : autocreateStorageKiB;
    }

    boolean autocreatesQuota() {
        return autocreateStorageKiB >= 0 || autocreateMessages >= 0;
    }

    private static List<String> folderList(String value, char separator) {
        List<String> folders = new ArrayList<>();
        for (String folder : value.split("\\|")) {
            String trimmed = folder.strip();
            if (!trimmed.isEmpty()) {
                folders.add(toInternal(trimmed, separator));
            }
        }
        return folders;
    }

    /** An external folder path ({@code Archive/2024} with the '/' separator) as an internal name suffix. */
    static String toInternal(String external, char separator) {
        if (separator == '/') {
            return external.replace('.', '^').replace('/', '.');
        }
        return external;
    }

    /** {@code xlist-sent} names {@code \Sent}; RFC 6154/8457 spellings for the known ones. */
    static String specialUseFlag(String suffix) {
        String lower = suffix.toLowerCase(Locale.ROOT);
        for (String known : List.of("All", "Archive", "Drafts", "Flagged", "Junk", "Sent", "Trash", "Important",
                "Snoozed", "Scheduled", "Memos")) {
            if (known.toLowerCase(Locale.ROOT).equals(lower)) {
                return "\\" + known;
            }
        }
        return "\\" + Character.toUpperCase(suffix.charAt(0)) + suffix.substring(1);
    }
}
