package org.mailappliance.server.sieve;

import java.util.List;
import java.util.Optional;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.sieve.SieveScripts;
import org.mailappliance.sieve.port.ScriptStore;
import org.mailappliance.sieve.port.ScriptStoreException;

/** The ManageSieve engine's script port on the mail store's {@link SieveScripts}; store failures become TRYLATER. */
public final class StoreScriptStore implements ScriptStore {
    private final SieveScripts scripts;

    public StoreScriptStore(SieveScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public List<Entry> list(String userid) {
        return call(() -> scripts.list(userid).stream().map(e -> new Entry(e.name(), e.active())).toList());
    }

    @Override
    public Optional<String> get(String userid, String name) {
        return call(() -> scripts.get(userid, name));
    }

    @Override
    public PutResult put(String userid, String name, String content, int maxScripts) {
        return call(() -> PutResult.valueOf(scripts.put(userid, name, content, maxScripts).name()));
    }

    @Override
    public boolean setActive(String userid, String name) {
        return call(() -> scripts.setActive(userid, name));
    }

    @Override
    public DeleteResult delete(String userid, String name) {
        return call(() -> DeleteResult.valueOf(scripts.delete(userid, name).name()));
    }

    @Override
    public RenameResult rename(String userid, String from, String to) {
        return call(() -> RenameResult.valueOf(scripts.rename(userid, from, to).name()));
    }

    private static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            throw new ScriptStoreException(e.getMessage(), e);
        }
    }
}
