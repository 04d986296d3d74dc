package org.mailappliance.pop3.port;

/**
 * One message of a maildrop snapshot.
 *
 * @param uid         the IMAP UID in the mailbox
 * @param size        the RFC 822 size in octets: the length of the stored file, which holds the message with CRLF
 *                    line ends (RFC 1939 §11: LIST sizes are the octets RETR sends, before dot-stuffing)
 * @param uidValidity the mailbox's UIDVALIDITY (the same for every message of one snapshot)
 */
public record MaildropMessage(long uid, long size, long uidValidity) {
}
