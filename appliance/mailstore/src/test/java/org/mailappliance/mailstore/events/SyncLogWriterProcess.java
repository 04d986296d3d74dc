package org.mailappliance.mailstore.events;

import java.nio.file.Path;
import java.util.List;

/** A separate writer process for the cross-process rotation test: {@code <configdir> <prefix> <count>}. */
public final class SyncLogWriterProcess {
    private SyncLogWriterProcess() {
    }

    public static void main(String[] args) {
        SyncLog log = SyncLog.of(Path.of(args[0]), List.of(""));
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            log.append(new ChangeEvent.MailboxCreated(args[1] + ".m" + i));
        }
    }
}
