package org.mailappliance.mailstore.message.mime;

import java.util.List;

import org.mailappliance.mailstore.message.SortFields;
import org.mailappliance.mailstore.message.SortKeys;
import org.mailappliance.mailstore.message.sortkey.BaseSubject;
import org.mailappliance.mailstore.message.sortkey.Collation;
import org.mailappliance.mailstore.message.sortkey.MessageIds;

/**
 * Computes a message's {@link SortKeys}: from its header at delivery, or, for messages delivered before the keys were
 * stored, from the decoded header values the index already held.
 */
public final class SortKeyExtractor {
    private SortKeyExtractor() {
    }

    static SortKeys fromHeader(List<HeaderField> header) {
        BaseSubject.Result subject = BaseSubject.of(EncodedWords.decode(HeaderField.value(header, "Subject")));
        Address from = first(HeaderField.value(header, "From"));
        Address to = first(HeaderField.value(header, "To"));
        Address cc = first(HeaderField.value(header, "Cc"));
        return new SortKeys(cut(Collation.key(subject.base()), SortKeys.MAX_SUBJECT_KEY), subject.replyOrForward(),
                mailboxKey(from, true), mailboxKey(to, true), mailboxKey(cc, true), displayKey(from, true),
                displayKey(to, true), id(MessageIds.first(HeaderField.value(header, "Message-ID"))),
                MessageIds.join(MessageIds.chain(HeaderField.value(header, "References"),
                        HeaderField.value(header, "In-Reply-To"))));
    }

    /**
     * The keys of a message indexed before they were stored, from its cached header values (already RFC 2047
     * decoded, each cut at {@link SortFields#MAX_LENGTH}). Close to {@link #fromHeader}: only a decoded display name
     * holding address specials (such as a comma) may be read differently.
     */
    public static SortKeys fromCachedFields(SortFields f) {
        BaseSubject.Result subject = BaseSubject.of(f.subject());
        Address from = first(f.from());
        Address to = first(f.to());
        Address cc = first(f.cc());
        return new SortKeys(cut(Collation.key(subject.base()), SortKeys.MAX_SUBJECT_KEY), subject.replyOrForward(),
                mailboxKey(from, false), mailboxKey(to, false), mailboxKey(cc, false), displayKey(from, false),
                displayKey(to, false), id(MessageIds.first(f.messageId())),
                MessageIds.join(MessageIds.chain(f.references(), f.inReplyTo())));
    }

    private static Address first(String value) {
        if (value == null) {
            return null;
        }
        List<Address> list = AddressParser.parse(value);
        return list.isEmpty() ? null : list.get(0);
    }

    /** addr-mailbox of the address (RFC 5256: FROM, TO, CC); a group's first element is its name. */
    private static String mailboxKey(Address a, boolean raw) {
        return a == null ? "" : cut(Collation.key(text(a.mailbox(), raw)), SortKeys.MAX_ADDRESS_KEY);
    }

    /**
     * RFC 5957 §3: the decoded addr-name when not empty, else addr-mailbox@addr-host, else addr-mailbox, else
     * the empty string.
     */
    private static String displayKey(Address a, boolean raw) {
        if (a == null) {
            return "";
        }
        String name = text(a.name(), raw);
        String value;
        if (name != null && !name.isEmpty()) {
            value = name;
        } else if (a.mailbox() != null && a.host() != null) {
            value = text(a.mailbox(), raw) + "@" + text(a.host(), raw);
        } else {
            value = text(a.mailbox(), raw);
        }
        return cut(Collation.key(value), SortKeys.MAX_ADDRESS_KEY);
    }

    /** Raw header text (one char per octet, encoded words) to Unicode; cached values are decoded already. */
    private static String text(String s, boolean raw) {
        return s == null ? null : raw ? EncodedWords.decode(s) : s;
    }

    private static String id(String id) {
        return id == null || id.length() > SortKeys.MAX_ADDRESS_KEY ? null : id;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
