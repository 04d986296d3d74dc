package org.mailappliance.sieve.parse;

/** One argument of a ManageSieve command: a string (quoted or literal) or a number. */
public sealed interface Argument {

    /**
     * A string. {@code value} is null when a literal was larger than the reader's limit (it was not loaded);
     * {@code octets} is its size either way.
     */
    record Str(String value, long octets) implements Argument {
        public boolean loaded() {
            return value != null;
        }
    }

    /** A number (RFC 5804 {@code number}: 0 to 4294967295). */
    record Num(long value) implements Argument {
    }
}
