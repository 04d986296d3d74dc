package org.mailappliance.imap.thread;

import java.util.Locale;
import org.mailappliance.imap.command.CommandParser;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.search.SearchCriteria;

/** Decodes {@code THREAD algorithm charset keys}; an unknown algorithm is BAD, as in Cyrus. */
public final class ThreadParser implements CommandParser<ThreadRequest> {

    @Override
    public ThreadRequest parse(ImapReader r) throws ParseException {
        r.space("threading algorithm");
        String name = r.atom("threading algorithm").toUpperCase(Locale.ROOT);
        ThreadAlgorithm algorithm;
        try {
            algorithm = ThreadAlgorithm.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ParseException("Unknown threading algorithm " + name);
        }
        return new ThreadRequest(algorithm, SearchCriteria.parse(r));
    }
}
