package org.mailappliance.mailstore.message.mime;

import java.util.List;

/** Renders the IMAP ENVELOPE of a header: raw (undecoded) unfolded values, as Cyrus and Dovecot send them. */
final class EnvelopeRenderer {
    private EnvelopeRenderer() {
    }

    static String render(List<HeaderField> header) {
        ImapText t = new ImapText().open();
        t.nstring(HeaderField.value(header, "Date"));
        t.nstring(HeaderField.value(header, "Subject"));
        List<Address> from = addresses(header, "From");
        addressList(t, from);
        List<Address> sender = addresses(header, "Sender");
        addressList(t, HeaderField.first(header, "Sender") == null || sender.isEmpty() ? from : sender);
        List<Address> replyTo = addresses(header, "Reply-To");
        addressList(t, HeaderField.first(header, "Reply-To") == null || replyTo.isEmpty() ? from : replyTo);
        addressList(t, addresses(header, "To"));
        addressList(t, addresses(header, "Cc"));
        addressList(t, addresses(header, "Bcc"));
        t.nstring(HeaderField.value(header, "In-Reply-To"));
        t.nstring(HeaderField.value(header, "Message-ID"));
        return t.close().toString();
    }

    private static List<Address> addresses(List<HeaderField> header, String name) {
        String value = HeaderField.value(header, name);
        return value == null ? List.of() : AddressParser.parse(value);
    }

    private static void addressList(ImapText t, List<Address> list) {
        if (list.isEmpty()) {
            t.nil();
            return;
        }
        t.open();
        for (Address a : list) {
            t.open().nstring(a.name()).nstring(a.adl()).nstring(a.mailbox()).nstring(a.host()).close();
        }
        t.close();
    }
}
