package org.mailappliance.imap.mailbox;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.session.SessionState;

/** Installs CREATE, DELETE, RENAME, SUBSCRIBE, UNSUBSCRIBE, LIST, LSUB, STATUS, NAMESPACE. */
public final class MailboxCommands {
    private MailboxCommands() {
    }

    /** STATUS APPENDLIMIT answers the session's {@code maxmessagesize} (NIL when there is none). */
    public static void install(CommandRegistry registry, ImapStore store) {
        install(registry, store, null);
    }

    /**
     * @param appendLimit the largest message APPEND accepts ({@code maxmessagesize}), reported by STATUS
     *                    APPENDLIMIT; null when there is none
     */
    public static void install(CommandRegistry registry, ImapStore store, Long appendLimit) {
        registry.register(CreateCommand.definition(store))
                .register(DeleteCommand.definition(store))
                .register(RenameCommand.definition(store))
                .register(SubscribeCommands.subscribe(store))
                .register(SubscribeCommands.unsubscribe(store))
                .register(ListCommand.definition(store, appendLimit))
                .register(LsubCommand.definition(store))
                .register(StatusCommand.definition(store, appendLimit))
                .register(NamespaceCommand.definition(store));
        // Cyrus lists its extensions only once the client is logged in
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED) {
                caps.add("CHILDREN");
                caps.add("CREATE-SPECIAL-USE");
                caps.add("LIST-EXTENDED");
                caps.add("NAMESPACE");
                caps.add("SPECIAL-USE");
                caps.add("STATUS=SIZE");
            }
        });
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED) {
                caps.add("LIST-MYRIGHTS");
                caps.add("LIST-STATUS");
            }
        });
    }
}
