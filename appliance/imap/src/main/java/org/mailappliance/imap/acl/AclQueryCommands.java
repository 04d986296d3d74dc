package org.mailappliance.imap.acl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.mailstore.acl.AccessControlList;
import org.mailappliance.mailstore.acl.AclPolicy;
import org.mailappliance.mailstore.acl.Rights;

/**
 * GETACL, LISTRIGHTS and MYRIGHTS (RFC 4314 §3.3-3.5). GETACL needs {@code a}; LISTRIGHTS and MYRIGHTS need any
 * right at all, as in Cyrus. LISTRIGHTS answers as Cyrus: the rights the identifier always holds (the owner's
 * {@code implicit_owner_rights} on its own mailboxes, otherwise none, written {@code ""}), then every other right
 * as its own optional group, including the user-defined rights 0-9.
 */
final class AclQueryCommands {
    private static final Rights USER_RIGHTS = Rights.parse("0123456789");

    private AclQueryCommands() {
    }

    static CommandDefinition<AclArgs> getAcl(ImapStore store) {
        return new CommandDefinition<>("GETACL", CommandDefinition.AUTHENTICATED, AclArgs::mailboxOnly,
                (context, args) -> {
                    String external = decode(store, context, args);
                    ImapStore.Resolved target = store.require(context.session(), external, 'a');
                    AccessControlList acl = AccessControlList.parse(target.mailbox().acl());
                    ResponseLine line = start(context, "ACL", external);
                    for (Map.Entry<String, Rights> e : acl.entries().entrySet()) {
                        line.astring(e.getKey()).astring(e.getValue().format());
                    }
                    line.end();
                });
    }

    static CommandDefinition<AclArgs> listRights(ImapStore store) {
        return new CommandDefinition<>("LISTRIGHTS", CommandDefinition.AUTHENTICATED, AclArgs::withIdentifier,
                (context, args) -> {
                    String external = decode(store, context, args);
                    ImapStore.Resolved target = store.require(context.session(), external, (char) 0);
                    ResponseLine line = start(context, "LISTRIGHTS", external).astring(args.identifier());
                    String identifier = AclArgs.storedIdentifier(store, target.internalName(), args.identifier());
                    for (String group : rightGroups(store, target.internalName(), identifier)) {
                        line.astring(group);
                    }
                    line.end();
                });
    }

    static CommandDefinition<AclArgs> myRights(ImapStore store) {
        return new CommandDefinition<>("MYRIGHTS", CommandDefinition.AUTHENTICATED, AclArgs::mailboxOnly,
                (context, args) -> {
                    String external = decode(store, context, args);
                    ImapStore.Resolved target = store.require(context.session(), external, (char) 0);
                    start(context, "MYRIGHTS", external).astring(target.rights().format()).end();
                });
    }

    /** The LISTRIGHTS groups: the always-granted rights first (possibly empty), then each optional right alone. */
    static List<String> rightGroups(ImapStore store, String internalName, String identifier) {
        AclPolicy policy = store.store().mailboxes().aclPolicy();
        boolean owner = AclPolicy.ownerOf(internalName).filter(identifier::equals).isPresent();
        Rights required = owner ? policy.implicitOwnerRights() : Rights.NONE;
        List<String> groups = new ArrayList<>();
        groups.add(required.format());
        String optional = Rights.ALL.plus(USER_RIGHTS).minus(required).format();
        for (int i = 0; i < optional.length(); i++) {
            char c = optional.charAt(i);
            // a legacy macro is listed only when none of its members is already granted
            if ((c == 'c' || c == 'd') && required.has(c)) {
                continue;
            }
            groups.add(String.valueOf(c));
        }
        return groups;
    }

    private static String decode(ImapStore store, CommandContext context, AclArgs args) throws CommandException {
        return WireNames.decode(context, args.wireMailbox(), store.naming().separator());
    }

    private static ResponseLine start(CommandContext context, String response, String external) {
        return context.out().untagged().atom(response).astring(WireNames.encode(context, external));
    }
}
