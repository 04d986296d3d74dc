package org.mailappliance.mailstore.expire;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The command line of cyr_expire as cyrus.conf's EVENTS give it ({@code cyr_expire -E 3 -X 28 -D 28}).
 *
 * @param deliveries -E: forget duplicate-delivery records older than this
 * @param expunged   -X: purge messages expunged longer ago than this (expunge_mode delayed)
 * @param deleted    -D: purge mailboxes deleted longer ago than this (delete_mode delayed)
 * @param prefix     -p: only mailboxes whose internal name starts with this ({@code ""}: all)
 * @param verbose    -v: log what each run did
 */
public record CyrExpireOptions(Optional<Duration> deliveries, Optional<Duration> expunged, Optional<Duration> deleted,
        String prefix, boolean verbose) {

    public static final String USAGE = "cyr_expire [-C imapd.conf] [-E duration] [-X duration] [-D duration] "
            + "[-p mailbox-prefix] [-u user] [-v] [-x] [-a] [-t]";

    /**
     * Parses the arguments after the program name. {@code -C} is accepted and ignored (the running server's
     * configuration applies); {@code -x}, {@code -a} and {@code -t} are accepted: they limit what Cyrus does to
     * archive and annotation-driven expiry, which this server does not do by itself.
     *
     * @throws IllegalArgumentException with the reason and {@link #USAGE}
     */
    public static CyrExpireOptions parse(List<String> args) {
        Optional<Duration> deliveries = Optional.empty();
        Optional<Duration> expunged = Optional.empty();
        Optional<Duration> deleted = Optional.empty();
        String prefix = "";
        boolean verbose = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-E" -> deliveries = Optional.of(ExpireDuration.parse(value(args, ++i, a)));
                case "-X" -> expunged = Optional.of(ExpireDuration.parse(value(args, ++i, a)));
                case "-D" -> deleted = Optional.of(ExpireDuration.parse(value(args, ++i, a)));
                case "-p" -> prefix = value(args, ++i, a);
                case "-u" -> prefix = "user." + value(args, ++i, a);
                case "-C" -> value(args, ++i, a);
                case "-v" -> verbose = true;
                case "-x", "-a", "-t" -> {
                }
                default -> throw new IllegalArgumentException("unknown option '" + a + "'; usage: " + USAGE);
            }
        }
        if (deliveries.isEmpty() && expunged.isEmpty() && deleted.isEmpty()) {
            throw new IllegalArgumentException("nothing to do: give -E, -X or -D; usage: " + USAGE);
        }
        return new CyrExpireOptions(deliveries, expunged, deleted, prefix, verbose);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value; usage: " + USAGE);
        }
        return args.get(i);
    }
}
