package org.mailappliance.imap.sort;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mailappliance.imap.command.CommandParser;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.search.SearchCriteria;

/**
 * Decodes {@code SORT [RETURN (opts)] (criteria) charset keys} (RFC 5256 §4, RFC 5267 §3). Every error is a
 * {@link ParseException} whose text is the BAD reason; an unsupported charset is the handler's NO [BADCHARSET].
 */
public final class SortParser implements CommandParser<SortRequest> {

    @Override
    public SortRequest parse(ImapReader r) throws ParseException {
        r.space("sort criteria");
        Set<SortRequest.ReturnOption> returns = null;
        if (r.tryKeyword("RETURN")) {
            returns = returnOptions(r);
            r.space("sort criteria");
        }
        List<SortCriterion> criteria = criteria(r);
        return new SortRequest(returns, criteria, SearchCriteria.parse(r));
    }

    private static Set<SortRequest.ReturnOption> returnOptions(ImapReader r) throws ParseException {
        r.space("RETURN options");
        r.openList("RETURN options");
        Set<SortRequest.ReturnOption> out = EnumSet.noneOf(SortRequest.ReturnOption.class);
        if (r.tryCloseList()) {
            return out;
        }
        do {
            String name = r.atom("RETURN option").toUpperCase(Locale.ROOT);
            try {
                out.add(SortRequest.ReturnOption.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new ParseException("Unknown RETURN option " + name);
            }
        } while (r.trySpace());
        r.closeList("RETURN options");
        return out;
    }

    static List<SortCriterion> criteria(ImapReader r) throws ParseException {
        r.openList("sort criteria");
        List<SortCriterion> out = new ArrayList<>();
        if (r.tryCloseList()) {
            throw new ParseException("Empty sort criteria list");
        }
        do {
            String name = r.atom("sort criterion").toUpperCase(Locale.ROOT);
            boolean reverse = name.equals("REVERSE");
            if (reverse) {
                r.space("sort criterion after REVERSE");
                name = r.atom("sort criterion after REVERSE").toUpperCase(Locale.ROOT);
            }
            try {
                out.add(new SortCriterion(SortKey.valueOf(name), reverse));
            } catch (IllegalArgumentException e) {
                throw new ParseException("Unknown sort criterion " + name);
            }
        } while (r.trySpace());
        r.closeList("sort criteria");
        return out;
    }
}
