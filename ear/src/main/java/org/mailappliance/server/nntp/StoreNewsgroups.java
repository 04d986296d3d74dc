package org.mailappliance.server.nntp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.mailbox.Annotations;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.mailbox.MailboxState;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.message.DeliveryRequest;
import org.mailappliance.mailstore.message.MessageSource;
import org.mailappliance.mailstore.message.NoSuchMessageException;
import org.mailappliance.nntp.naming.GroupNames;
import org.mailappliance.nntp.port.ArticleFile;
import org.mailappliance.nntp.port.ArticleRef;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.NewsgroupsException;
import org.mailappliance.nntp.port.Overview;
import org.mailappliance.nntp.port.PostResult;
import org.mailappliance.nntp.port.Posting;

/**
 * Newsgroups on the mail store, as Cyrus nntpd: a group is a shared mailbox under {@code newsprefix}; the reader's
 * rights come from the mailbox ACL (anonymous clients get those of {@code anyone}/{@code anonymous}): {@code l} to
 * list, {@code r} to read, {@code p} to post. Posts are delivered exactly like LMTP deliveries (staged once, linked
 * into every group, committed before 240). Store failures become {@link NewsgroupsException} (403).
 */
public final class StoreNewsgroups implements Newsgroups {
    private static final Logger LOG = Logger.getLogger(StoreNewsgroups.class.getName());
    /** Cyrus's shared description annotation (METADATA /shared/comment). */
    static final String COMMENT = "/comment";

    private final MailStore store;
    private final GroupNames names;
    private final NewsIndex index;
    private final Set<String> admins;

    public StoreNewsgroups(MailStore store, ImapdConf conf) throws ConfigException {
        this.store = store;
        this.names = new GroupNames(conf.getString("newsprefix", ""));
        this.index = new NewsIndex(store.database());
        this.admins = Set.copyOf(conf.getList("admins"));
    }

    private Identity identity(String reader) {
        if (reader == null) {
            return Identity.ANONYMOUS_USER;
        }
        return admins.contains(reader) ? Identity.admin(reader) : Identity.user(reader);
    }

    @Override
    public List<GroupInfo> list(String reader) {
        return guarded("listing groups", () -> {
            Identity who = identity(reader);
            List<GroupInfo> out = new ArrayList<>();
            for (Mailbox m : store.mailboxes().list(names.mailboxPrefix())) {
                Optional<String> group = names.toGroup(m.name());
                if (group.isPresent() && Mailbox.TYPE_EMAIL.equals(m.type())) {
                    Rights rights = store.mailboxes().rightsOf(who, m);
                    if (rights.has('l')) {
                        out.add(info(group.get(), m, rights));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<GroupInfo> group(String name, String reader) {
        return guarded("opening group " + name, () -> {
            Optional<Mailbox> m = mailbox(name);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            Rights rights = store.mailboxes().rightsOf(identity(reader), m.get());
            if (!rights.has('l') && !rights.has('r')) {
                return Optional.empty();
            }
            return Optional.of(info(name, m.get(), rights));
        });
    }

    private Optional<Mailbox> mailbox(String group) {
        return names.mailbox(group).flatMap(n -> store.mailboxes().find(n))
                .filter(m -> m.state() == MailboxState.ACTIVE && Mailbox.TYPE_EMAIL.equals(m.type()));
    }

    private GroupInfo info(String group, Mailbox m, Rights rights) {
        NewsIndex.Counters c = index.counters(m.id());
        long low = c.count() == 0 ? m.uidNext() : c.low();
        long high = c.count() == 0 ? m.uidNext() - 1 : c.high();
        String description = store.annotations().get(m.name(), COMMENT, Annotations.SHARED).orElse("");
        Instant created = m.created() == null ? Instant.ofEpochSecond(m.uidValidity()) : m.created();
        return new GroupInfo(group, c.count(), low, high, created, description, rights.has('r'), rights.has('p'));
    }

    @Override
    public List<Long> numbers(String group, long low, long high) {
        return guarded("numbering " + group, () -> high < low ? List.<Long>of()
                : mailbox(group).map(m -> index.numbers(m.id(), low, high)).orElse(List.of()));
    }

    @Override
    public List<Overview> overview(String group, long low, long high) {
        return guarded("overview of " + group, () -> high < low ? List.<Overview>of()
                : mailbox(group).map(m -> index.overview(m.id(), low, high)).orElse(List.of()));
    }

    @Override
    public Optional<ArticleFile> article(String group, long number) {
        return guarded("article " + number + " of " + group, () -> {
            Optional<Mailbox> m = mailbox(group);
            Optional<Long> headerSize = m.flatMap(mb -> index.headerSize(mb.id(), number));
            if (headerSize.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new ArticleFile(store.messages().openMessage(m.get().name(), number),
                        headerSize.get()));
            } catch (NoSuchMessageException gone) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Optional<ArticleRef> byMessageId(String messageId, String reader) {
        return guarded("looking up " + messageId, () -> {
            Identity who = identity(reader);
            for (NewsIndex.Located l : index.byMessageId(messageId, names.mailboxPrefix())) {
                Optional<String> group = names.toGroup(l.mailbox());
                Optional<Mailbox> m = group.flatMap(this::mailbox);
                if (m.isPresent() && store.mailboxes().rightsOf(who, m.get()).has('r')) {
                    return Optional.of(new ArticleRef(group.get(), l.uid()));
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public boolean hasArticle(String messageId) {
        return guarded("looking up " + messageId, () -> {
            for (NewsIndex.Located l : index.byMessageId(messageId, names.mailboxPrefix())) {
                if (names.toGroup(l.mailbox()).flatMap(this::mailbox).isPresent()) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public boolean carries(String group) {
        return guarded("opening group " + group, () -> mailbox(group).isPresent());
    }

    @Override
    public PostResult post(Posting posting, String poster) {
        try {
            List<DeliveryRequest.Target> targets = new ArrayList<>();
            for (String group : posting.groups()) {
                names.mailbox(group).ifPresent(n -> targets.add(DeliveryRequest.Target.of(n)));
            }
            if (targets.isEmpty()) {
                return new PostResult.Failed("no such newsgroup", false);
            }
            List<AppendResult> results = store.messages()
                    .deliver(new DeliveryRequest(MessageSource.stream(posting::open), targets, Instant.now(),
                            posting.messageId()));
            List<String> posted = new ArrayList<>();
            String reason = "could not store the article";
            // only "every group is gone" is final; a full quota or a failed write may pass
            boolean temporary = results.stream().anyMatch(r -> !(r instanceof AppendResult.NoSuchMailbox));
            for (AppendResult r : results) {
                if (r instanceof AppendResult.Appended || r instanceof AppendResult.Duplicate) {
                    names.toGroup(r.mailbox()).ifPresent(posted::add);
                } else if (r instanceof AppendResult.OverQuota) {
                    reason = "the newsgroup is over quota";
                } else if (r instanceof AppendResult.NoSuchMailbox) {
                    reason = "no such newsgroup";
                }
            }
            return posted.isEmpty() ? new PostResult.Failed(reason, temporary) : new PostResult.Posted(posted);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "posting " + posting.messageId() + " by " + poster + " failed", e);
            return new PostResult.Failed("could not store the article");
        }
    }


    private interface StoreCall<T> {
        T run();
    }

    private static <T> T guarded(String what, StoreCall<T> call) {
        try {
            return call.run();
        } catch (StoreException e) {
            throw new NewsgroupsException(what + " failed", e);
        }
    }
}
