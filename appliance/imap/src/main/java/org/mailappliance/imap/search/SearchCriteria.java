package org.mailappliance.imap.search;

import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;

/**
 * The {@code search-criteria} of SORT and THREAD (RFC 5256): a required charset, then search keys as SEARCH takes
 * them. Decoded by the SEARCH parser and run by {@link CriteriaSearch}, so both commands select exactly the messages
 * SEARCH would.
 */
public final class SearchCriteria {
    /** {@code [BADCHARSET (US-ASCII UTF-8)]}, as SEARCH answers an unsupported charset. */
    public static final ResponseCode BADCHARSET = SearchCommands.BADCHARSET;

    private final String charset;
    private final SearchKey key;

    private SearchCriteria(String charset, SearchKey key) {
        this.charset = charset;
        this.key = key;
    }

    /** Reads {@code SP charset 1*(SP search-key)}. An unsupported charset is not a parse error (NO [BADCHARSET]). */
    public static SearchCriteria parse(ImapReader r) throws ParseException {
        r.space("charset");
        String charset = r.astring("charset");
        r.space("search key");
        return new SearchCriteria(charset, SearchParser.keys(r, charset));
    }

    public String charset() {
        return charset;
    }

    public boolean charsetSupported() {
        return SearchRequest.isSupported(charset);
    }

    SearchKey key() {
        return key;
    }
}
