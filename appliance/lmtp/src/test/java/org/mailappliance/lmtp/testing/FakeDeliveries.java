package org.mailappliance.lmtp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mailappliance.lmtp.delivery.AcceptedRecipient;
import org.mailappliance.lmtp.delivery.Deliveries;
import org.mailappliance.lmtp.delivery.DeliveryVerdict;
import org.mailappliance.lmtp.delivery.Envelope;
import org.mailappliance.lmtp.delivery.MessageData;
import org.mailappliance.lmtp.delivery.Recipient;
import org.mailappliance.lmtp.delivery.RecipientVerdict;
import org.mailappliance.lmtp.delivery.SessionInfo;

/**
 * An in-memory delivery port: users with a state at RCPT time, detail folders, a verdict per user at delivery, and a
 * log of every call as one readable line (matched by transcripts' {@code L:} lines).
 */
public final class FakeDeliveries implements Deliveries {
    private final Map<String, String> userStates = new HashMap<>();
    private final Set<String> folders = new HashSet<>();
    private final Map<String, DeliveryVerdict> deliveryVerdicts = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private RuntimeException failure;
    private boolean wrongVerdictCount;

    /** A user (userid such as {@code alice} or {@code alice@example.org}); state ok, overquota or tempfail. */
    public void user(String userid, String state) {
        userStates.put(userid, state);
    }

    /** A folder below a user's INBOX, such as {@code alice/Work}: {@code +Work} delivers there. */
    public void folder(String userAndFolder) {
        folders.add(userAndFolder);
    }

    public void deliveryVerdict(String userid, DeliveryVerdict verdict) {
        deliveryVerdicts.put(userid, verdict);
    }

    /** Every call throws this from now on. */
    public void failWith(RuntimeException e) {
        this.failure = e;
    }

    /** deliver returns one verdict too few (a port bug the engine must survive). */
    public void wrongVerdictCount() {
        this.wrongVerdictCount = true;
    }

    public List<String> calls() {
        return calls;
    }

    @Override
    public RecipientVerdict checkRecipient(Recipient r, Envelope envelope, boolean ignoreQuota, SessionInfo session) {
        calls.add("check user=" + r.user() + " detail=" + r.detail().orElse("-") + " domain=" + r.domain().orElse("-")
                + " ignorequota=" + ignoreQuota + " size=" + (envelope.declaredSize().isPresent()
                ? envelope.declaredSize().getAsLong() : "-") + " trust=" + session.trust());
        if (failure != null) {
            throw failure;
        }
        String state = userStates.get(r.userid());
        if (state == null) {
            return new RecipientVerdict.UnknownUser();
        }
        return switch (state) {
            case "overquota" -> ignoreQuota ? accept(r) : new RecipientVerdict.OverQuota();
            case "tempfail" -> new RecipientVerdict.TemporaryFailure("Mailbox database unavailable");
            default -> accept(r);
        };
    }

    private RecipientVerdict accept(Recipient r) {
        String prefix = r.domain().map(d -> d + "!").orElse("") + "user." + r.user();
        String folder = r.detail().filter(d -> folders.contains(r.userid() + "/" + d)).map(d -> prefix + "." + d)
                .orElse(prefix);
        return new RecipientVerdict.Accepted(folder, null);
    }

    @Override
    public List<DeliveryVerdict> deliver(Envelope envelope, List<AcceptedRecipient> recipients, MessageData data,
                                         SessionInfo session) {
        calls.add("deliver from=" + envelope.sender() + " body=" + envelope.body() + " auth="
                + envelope.authorization().orElse("-") + " to=" + recipients.stream()
                .map(a -> a.verdict().mailbox() + (a.ignoreQuota() ? "(ignorequota)" : ""))
                .collect(Collectors.joining(",")) + " lhlo=" + session.lhloName());
        String message = text(data);
        calls.add("message " + message.getBytes(StandardCharsets.UTF_8).length + " octets: "
                + message.replace("\r\n", "|"));
        if (failure != null) {
            throw failure;
        }
        List<DeliveryVerdict> verdicts = new ArrayList<>();
        for (AcceptedRecipient a : recipients) {
            verdicts.add(deliveryVerdicts.getOrDefault(a.recipient().userid(), new DeliveryVerdict.Delivered()));
        }
        if (wrongVerdictCount) {
            verdicts.remove(verdicts.size() - 1);
        }
        return verdicts;
    }

    private static String text(MessageData data) {
        try (InputStream in = data.openWithReturnPath()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
