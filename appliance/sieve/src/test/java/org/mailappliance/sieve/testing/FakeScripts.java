package org.mailappliance.sieve.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.mailappliance.sieve.port.ScriptStore;
import org.mailappliance.sieve.port.ScriptStoreException;

/** An in-memory {@link ScriptStore} with the mail store's semantics; {@link #failing} makes every call throw. */
public final class FakeScripts implements ScriptStore {
    private final Map<String, TreeMap<String, String>> scripts = new ConcurrentHashMap<>();
    private final Map<String, String> active = new ConcurrentHashMap<>();
    private boolean failing;

    public void failing(boolean value) {
        failing = value;
    }

    private TreeMap<String, String> of(String userid) {
        if (failing) {
            throw new ScriptStoreException("simulated store failure", null);
        }
        return scripts.computeIfAbsent(userid, u -> new TreeMap<>());
    }

    @Override
    public List<Entry> list(String userid) {
        List<Entry> out = new ArrayList<>();
        for (String name : of(userid).keySet()) {
            out.add(new Entry(name, name.equals(active.get(userid))));
        }
        return out;
    }

    @Override
    public Optional<String> get(String userid, String name) {
        return Optional.ofNullable(of(userid).get(name));
    }

    @Override
    public PutResult put(String userid, String name, String content, int maxScripts) {
        TreeMap<String, String> mine = of(userid);
        if (mine.containsKey(name)) {
            mine.put(name, content);
            return PutResult.REPLACED;
        }
        if (mine.size() >= maxScripts) {
            return PutResult.TOO_MANY_SCRIPTS;
        }
        mine.put(name, content);
        return PutResult.CREATED;
    }

    @Override
    public boolean setActive(String userid, String name) {
        TreeMap<String, String> mine = of(userid);
        if (name == null) {
            active.remove(userid);
            return true;
        }
        if (!mine.containsKey(name)) {
            return false;
        }
        active.put(userid, name);
        return true;
    }

    @Override
    public DeleteResult delete(String userid, String name) {
        TreeMap<String, String> mine = of(userid);
        if (!mine.containsKey(name)) {
            return DeleteResult.NONEXISTENT;
        }
        if (name.equals(active.get(userid))) {
            return DeleteResult.ACTIVE;
        }
        mine.remove(name);
        return DeleteResult.DELETED;
    }

    @Override
    public RenameResult rename(String userid, String from, String to) {
        TreeMap<String, String> mine = of(userid);
        if (!mine.containsKey(from)) {
            return RenameResult.NONEXISTENT;
        }
        if (mine.containsKey(to)) {
            return RenameResult.ALREADY_EXISTS;
        }
        mine.put(to, mine.remove(from));
        if (from.equals(active.get(userid))) {
            active.put(userid, to);
        }
        return RenameResult.RENAMED;
    }
}
