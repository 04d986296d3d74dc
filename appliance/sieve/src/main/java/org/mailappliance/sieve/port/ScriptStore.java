package org.mailappliance.sieve.port;

import java.util.List;
import java.util.Optional;

/**
 * Port: a user's Sieve scripts, implemented outside this module (on the mail store). Every method may throw
 * {@link ScriptStoreException} when the store cannot be asked; the engine answers {@code NO (TRYLATER)} then.
 */
public interface ScriptStore {

    /** A script's name and whether it is the active one. */
    record Entry(String name, boolean active) {
    }

    /** What {@link #put} did. */
    enum PutResult { CREATED, REPLACED, TOO_MANY_SCRIPTS }

    /** What {@link #delete} did. */
    enum DeleteResult { DELETED, NONEXISTENT, ACTIVE }

    /** What {@link #rename} did. */
    enum RenameResult { RENAMED, NONEXISTENT, ALREADY_EXISTS }

    /** The user's scripts, sorted by name. */
    List<Entry> list(String userid);

    /** A script's text. */
    Optional<String> get(String userid, String name);

    /** Stores or replaces a script; a new one beyond {@code maxScripts} is refused. */
    PutResult put(String userid, String name, String content, int maxScripts);

    /** Makes {@code name} active, or none with null; false when there is no such script. */
    boolean setActive(String userid, String name);

    /** Deletes a script that is not active. */
    DeleteResult delete(String userid, String name);

    /** Renames a script, keeping content and active state. */
    RenameResult rename(String userid, String from, String to);
}
