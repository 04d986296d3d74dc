package org.mailappliance.nntp.port;

/** An article found by its Message-ID: the group holding it and its number there. */
public record ArticleRef(String group, long number) {
}
