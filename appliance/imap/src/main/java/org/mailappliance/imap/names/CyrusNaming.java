package org.mailappliance.imap.names;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * Cyrus's namespaces. PROVISIONAL: only the altnamespace personal view and the admin view; the naming work
 * replaces this with the full rules (netnews separator, Other Users, Shared Folders, '^' for dots, virtdomains).
 */
public final class CyrusNaming implements MailboxNaming {
    private final char separator;

    public CyrusNaming(char separator) {
        this.separator = separator;
    }

    public static CyrusNaming from(ImapdConf conf) throws ConfigException {
        return new CyrusNaming(conf.getBoolean("unixhierarchysep", true) ? '/' : '.');
    }

    @Override
    public char separator() {
        return separator;
    }

    @Override
    public String toInternal(String externalName, String userId, boolean admin) throws InvalidMailboxNameException {
        String n = externalName.replace(separator, '\u0000').replace('.', '^').replace('\u0000', '.');
        if (admin) {
            return n;
        }
        if (n.equals("INBOX")) {
            return "user." + userId;
        }
        if (n.startsWith("INBOX.")) {
            n = n.substring(6);
        }
        return "user." + userId + "." + n;
    }

    @Override
    public String toExternal(String internalName, String userId, boolean admin) {
        String n = internalName;
        if (!admin) {
            String inbox = "user." + userId;
            if (n.equals(inbox)) {
                return "INBOX";
            }
            if (!n.startsWith(inbox + ".")) {
                return null;
            }
            n = n.substring(inbox.length() + 1);
        }
        return n.replace('.', '\u0000').replace('^', '.').replace('\u0000', separator);
    }
}
