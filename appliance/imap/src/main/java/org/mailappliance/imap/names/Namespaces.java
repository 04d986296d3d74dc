package org.mailappliance.imap.names;

/**
 * The NAMESPACE response's three parts (RFC 2342), each a prefix ending in the separator (or empty), or null when
 * the user has no such namespace.
 *
 * @param personal   where the user's own mailboxes are: {@code ""} (altnamespace) or {@code "INBOX."}
 * @param otherUsers where other users' mailboxes are: {@code "Other Users/"} or {@code "user."}
 * @param shared     where shared mailboxes are: {@code "Shared Folders/"} or {@code ""}
 */
public record Namespaces(String personal, String otherUsers, String shared, char separator) {
}
