package org.mailappliance.mailstore.events;

/** Told about every change after its transaction committed. Runs on the writer's thread: must not block long. */
@FunctionalInterface
public interface ChangeListener {
    void changed(ChangeEvent event);
}
