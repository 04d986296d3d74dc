package org.mailappliance.mailstore.events;

/** A listener's registration; closing it stops the notifications. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
