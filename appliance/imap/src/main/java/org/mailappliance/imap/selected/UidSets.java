package org.mailappliance.imap.selected;

import java.util.List;

/** Writes UID lists as compact uid-sets for COPYUID and APPENDUID (RFC 4315): runs of consecutive UIDs as a:b. */
final class UidSets {
    private UidSets() {
    }

    /** {@code [1, 2, 3, 7]} becomes {@code 1:3,7}; the order of the list is kept (COPYUID pairs the two sets). */
    static String format(List<Long> uids) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < uids.size()) {
            long first = uids.get(i);
            int j = i;
            while (j + 1 < uids.size() && uids.get(j + 1) == uids.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(first);
            if (j > i) {
                sb.append(':').append(uids.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
