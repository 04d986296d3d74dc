package org.mailappliance.imap.metadata;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * METADATA limits and policy from imapd.conf.
 *
 * @param maxSize        {@code metadata_maxsize}: the largest value SETMETADATA stores, in octets (no Cyrus option;
 *                       refused with {@code [METADATA MAXSIZE n]})
 * @param maxEntries     {@code metadata_maxentries}: how many entries one mailbox (or the server) may hold per
 *                       scope, shared or one user's private (no Cyrus option; {@code [METADATA TOOMANY]})
 * @param allowUndefined {@code annotation_allow_undefined} (Cyrus, default off): whether clients may store entries
 *                       that are not among the defined ones
 */
public record MetadataSettings(long maxSize, int maxEntries, boolean allowUndefined) {
    public static final MetadataSettings DEFAULTS = new MetadataSettings(64 * 1024, 1000, false);

    public static MetadataSettings from(ImapdConf conf) throws ConfigException {
        long maxSize = conf.getBytes("metadata_maxsize", DEFAULTS.maxSize, 1);
        long maxEntries = conf.getBytes("metadata_maxentries", DEFAULTS.maxEntries, 1);
        if (maxSize < 1 || maxEntries < 1 || maxEntries > Integer.MAX_VALUE) {
            throw new ConfigException("metadata_maxsize and metadata_maxentries must be positive");
        }
        return new MetadataSettings(maxSize, (int) maxEntries,
                conf.getBoolean("annotation_allow_undefined", DEFAULTS.allowUndefined));
    }
}
