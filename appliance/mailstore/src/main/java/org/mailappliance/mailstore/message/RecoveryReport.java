package org.mailappliance.mailstore.message;

/**
 * What startup recovery found and did.
 *
 * @param stageFilesRemoved   leftover files in {@code <partition>/stage./} (deliveries interrupted before commit)
 * @param orphanFilesRemoved  message files without a committed record (crash between link and commit)
 * @param expungedFilesRemoved files of records expunged with file removal whose deletion had not happened yet
 * @param missingFiles        committed records whose file is gone, now marked {@code missing} (logged by name)
 * @param filesFound          records marked missing whose file is there again
 */
public record RecoveryReport(int stageFilesRemoved, int orphanFilesRemoved, int expungedFilesRemoved,
        int missingFiles, int filesFound) {
}
