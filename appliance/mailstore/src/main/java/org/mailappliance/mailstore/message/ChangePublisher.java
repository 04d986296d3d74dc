package org.mailappliance.mailstore.message;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;

/**
 * Publishes a committed change. The change already happened: a failure here (the sync_log cannot be written) is
 * logged loudly but must not turn a stored message into a reported failure, which would make the sender retry
 * and deliver it twice.
 */
final class ChangePublisher {
    private static final Logger LOG = Logger.getLogger(ChangePublisher.class.getName());

    private ChangePublisher() {
    }

    static void publish(ChangeEvents events, ChangeEvent event) {
        try {
            events.publish(event);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "committed change " + event + " could not be published (sync_log, listeners)", e);
        }
    }
}
