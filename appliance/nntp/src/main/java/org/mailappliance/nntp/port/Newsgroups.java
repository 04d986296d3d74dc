package org.mailappliance.nntp.port;

import java.util.List;
import java.util.Optional;

/**
 * Port: the shared mailboxes seen as newsgroups. Implemented outside this module over the mail store (the ear's
 * {@code StoreNewsgroups}); names here are newsgroup names, the {@code newsprefix} mapping is the implementation's.
 * {@code reader} is the authenticated userid, or null for an anonymous client (whose rights are those of Cyrus's
 * {@code anonymous}/{@code anyone} ACL entries). Implementations throw {@link NewsgroupsException} when the store
 * cannot answer.
 */
public interface Newsgroups {

    /** Every group the reader may see (the {@code l} right), in name order. */
    List<GroupInfo> list(String reader);

    /** One group if it exists and the reader may see it ({@code l} or {@code r}). */
    Optional<GroupInfo> group(String name, String reader);

    /** The article numbers of a group within {@code [low, high]}, ascending. */
    List<Long> numbers(String group, long low, long high);

    /** The overview records of a group's articles within {@code [low, high]}, ascending. */
    List<Overview> overview(String group, long low, long high);

    /** An article's file, empty if there is no such article (expunged, never existed). */
    Optional<ArticleFile> article(String group, long number);

    /** The article with this Message-ID (angle brackets included) in a group the reader may read, if any. */
    Optional<ArticleRef> byMessageId(String messageId, String reader);

    /**
     * Whether an article with this Message-ID is in any group, whoever may read it: a news peer's offer (IHAVE,
     * CHECK) is unwanted when it is, whatever the group's ACL says.
     */
    boolean hasArticle(String messageId);

    /** Whether this server carries the newsgroup (it exists, whatever its ACL): a feed files into every such group. */
    boolean carries(String group);

    /**
     * Delivers an article to its groups through the store's delivery path (quota, duplicate suppression): a local
     * POST, or an article a news peer transferred. {@code poster} is for the logs.
     */
    PostResult post(Posting posting, String poster);
}
