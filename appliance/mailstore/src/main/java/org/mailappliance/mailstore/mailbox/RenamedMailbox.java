package org.mailappliance.mailstore.mailbox;

/** One mailbox moved by a rename or a delayed delete: its old name and its row after the change. */
public record RenamedMailbox(String from, Mailbox mailbox) {
}
