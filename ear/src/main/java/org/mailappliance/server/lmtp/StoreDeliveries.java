package org.mailappliance.server.lmtp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.lmtp.delivery.AcceptedRecipient;
import org.mailappliance.lmtp.delivery.Deliveries;
import org.mailappliance.lmtp.delivery.DeliveryVerdict;
import org.mailappliance.lmtp.delivery.Envelope;
import org.mailappliance.lmtp.delivery.MessageData;
import org.mailappliance.lmtp.delivery.Recipient;
import org.mailappliance.lmtp.delivery.RecipientVerdict;
import org.mailappliance.lmtp.delivery.SessionInfo;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.message.DeliveryRequest;
import org.mailappliance.mailstore.message.MessageSource;

/**
 * The LMTP engine's port onto the mail store. The message (Return-Path first) is streamed into the store's stage
 * file, which the store links into every target mailbox and commits before this returns: only then does the engine
 * answer 250.
 */
public final class StoreDeliveries implements Deliveries {

    private static final Logger LOG = Logger.getLogger(StoreDeliveries.class.getName());

    private final MailStore store;
    private final RecipientMailboxes targets;
    private final boolean strictQuota;

    public StoreDeliveries(MailStore store, ImapdConf conf) throws ConfigException {
        this.store = store;
        Set<String> excluded = conf.getList("lmtp_exclude_specialuse").isEmpty()
                ? Set.of("\\drafts", "\\scheduled", "\\snoozed")
                : conf.getList("lmtp_exclude_specialuse").stream().map(s -> s.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
        this.targets = new RecipientMailboxes(store.mailboxes(), conf.getString("postuser", ""), excluded,
                conf.getBoolean("unixhierarchysep", true));
        this.strictQuota = conf.getBoolean("lmtp_strict_quota", false);
    }

    @Override
    public RecipientVerdict checkRecipient(Recipient recipient, Envelope envelope, boolean ignoreQuota,
                                           SessionInfo session) {
        Optional<Mailbox> target = targets.resolve(recipient, poster(envelope));
        if (target.isEmpty()) {
            return new RecipientVerdict.UnknownUser();
        }
        String mailbox = target.get().name();
        if (!ignoreQuota && store.quotas().check(mailbox, envelope.declaredSize().orElse(0), 1)
                .refusesDelivery(strictQuota)) {
            return new RecipientVerdict.OverQuota();
        }
        return new RecipientVerdict.Accepted(mailbox, null);
    }

    @Override
    public List<DeliveryVerdict> deliver(Envelope envelope, List<AcceptedRecipient> recipients, MessageData data,
                                         SessionInfo session) {
        try {
            List<DeliveryRequest.Target> list = new ArrayList<>();
            for (AcceptedRecipient r : recipients) {
                list.add(new DeliveryRequest.Target(r.verdict().mailbox(), Set.of(), r.ignoreQuota()));
            }
            List<AppendResult> results = store.messages().deliver(new DeliveryRequest(
                    MessageSource.stream(data::openWithReturnPath), list, Instant.now(), null));
            List<DeliveryVerdict> verdicts = new ArrayList<>(results.size());
            for (AppendResult result : results) {
                verdicts.add(verdict(result));
            }
            return verdicts;
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "delivery failed (connection " + session.connectionId() + ")", e);
            List<DeliveryVerdict> failed = new ArrayList<>();
            recipients.forEach(r -> failed.add(new DeliveryVerdict.TemporaryFailure("could not store the message")));
            return failed;
        }
    }

    private static DeliveryVerdict verdict(AppendResult result) {
        if (result instanceof AppendResult.Appended) {
            return new DeliveryVerdict.Delivered();
        } else if (result instanceof AppendResult.Duplicate) {
            return new DeliveryVerdict.Duplicate();
        } else if (result instanceof AppendResult.OverQuota) {
            return new DeliveryVerdict.OverQuota();
        } else if (result instanceof AppendResult.NoSuchMailbox) {
            return new DeliveryVerdict.PermanentFailure("mailbox does not exist");
        } else if (result instanceof AppendResult.Failed failed) {
            return new DeliveryVerdict.TemporaryFailure(failed.reason());
        }
        throw new IllegalStateException("unknown append result " + result);
    }

    /** The LMTP AUTH= identity posts; without one, anonymous (which Cyrus uses for the p right). */
    private static Identity poster(Envelope envelope) {
        return envelope.authorization().map(Identity::user).orElse(Identity.ANONYMOUS_USER);
    }
}
