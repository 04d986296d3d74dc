package org.mailappliance.pop3.session;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.mailappliance.pop3.port.MaildropMessage;

/** The session's message list: the maildrop snapshot numbered from 1, with the DELE marks (RFC 1939 §5). */
public final class Scan {
    private final List<MaildropMessage> messages;
    private final BitSet deleted = new BitSet();

    public Scan(List<MaildropMessage> messages) {
        this.messages = List.copyOf(messages);
    }

    /** The message with this number unless it does not exist or is marked deleted. */
    public Optional<MaildropMessage> live(long number) {
        if (number < 1 || number > messages.size() || deleted.get((int) (number - 1))) {
            return Optional.empty();
        }
        return Optional.of(messages.get((int) (number - 1)));
    }

    public int size() {
        return messages.size();
    }

    public void delete(long number) {
        deleted.set((int) (number - 1));
    }

    /** RSET: unmark everything. */
    public void undeleteAll() {
        deleted.clear();
    }

    public long liveCount() {
        return messages.size() - deleted.cardinality();
    }

    public long liveOctets() {
        long total = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (!deleted.get(i)) {
                total += messages.get(i).size();
            }
        }
        return total;
    }

    /** UIDs marked deleted, in message order: what QUIT expunges. */
    public List<Long> deletedUids() {
        List<Long> uids = new ArrayList<>();
        deleted.stream().forEach(i -> uids.add(messages.get(i).uid()));
        return uids;
    }
}
