package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.mailappliance.mailstore.StoreException;

/**
 * Runs concurrent small write transactions (message placements) as one database transaction when they arrive
 * together. A commit of the embedded database rewrites every B-tree page the transaction touched, and the directory
 * fsyncs of a batch cost one journal commit instead of one each, so committing eight deliveries at once costs little
 * more than committing one.
 *
 * <p>No extra thread: the first caller to find no batch running leads. It takes the waiting work (its own first),
 * runs each item under a savepoint, so that one item's failure rolls back only that item, syncs, commits once, wakes
 * the callers of the batch and hands the lead to the oldest caller still waiting. A lock conflict the database
 * aborts for retries the whole batch (the items' file side effects are undone first), as {@link Transactions} does
 * for one.
 */
final class GroupCommit {
    /** Bounds the time one batch holds its mailbox rows locked. */
    private static final int MAX_BATCH = 32;

    private final Transactions transactions;
    private final Object lock = new Object();
    private final ArrayDeque<Pending<?>> waiting = new ArrayDeque<>();
    private boolean leading;
    private final AtomicLong batches = new AtomicLong();

    GroupCommit(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Work of one caller in a group: its database work, its file undo, and what must be durable before the commit. */
    interface Work<T> extends Transactions.Work<T> {
        /** Called after every item of the batch ran and before the commit, e.g. to fsync the directories it linked into. */
        default void beforeCommit() throws IOException {
        }
    }

    /** Runs the work in some committed transaction and returns its result, or throws what the work threw. */
    <T> T run(Work<T> work) {
        Pending<T> mine = new Pending<>(work);
        synchronized (lock) {
            waiting.add(mine);
            if (!leading) {
                leading = true;
                mine.lead = true;
            }
        }
        while (true) {
            mine.awaitLeadOrDone();
            if (mine.isDone()) {
                return mine.outcome();
            }
            List<Pending<?>> batch = new ArrayList<>();
            synchronized (lock) {
                while (!waiting.isEmpty() && batch.size() < MAX_BATCH) {
                    batch.add(waiting.poll());
                }
            }
            runBatch(batch);
            synchronized (lock) {
                Pending<?> next = waiting.peek();
                if (next == null) {
                    leading = false;
                } else {
                    next.promote();
                }
            }
        }
    }

    /** Batches run so far (each one database transaction, retries aside). */
    long batches() {
        return batches.get();
    }

    private void runBatch(List<Pending<?>> batch) {
        batches.incrementAndGet();
        try {
            transactions.run(new Transactions.Work<Void>() {
                @Override
                public Void run(Connection c) throws SQLException {
                    // an earlier attempt's items were undone when it rolled back: none of them may be undone again
                    batch.forEach(Pending::reset);
                    for (Pending<?> p : batch) {
                        p.runIn(c);
                    }
                    try {
                        for (Pending<?> p : batch) {
                            if (p.ran()) {
                                p.work.beforeCommit();
                            }
                        }
                    } catch (IOException e) {
                        throw new StoreException("cannot make the placed files durable: " + e.getMessage(), e);
                    }
                    return null;
                }

                @Override
                public void undo() {
                    for (Pending<?> p : batch) {
                        if (p.ran()) {
                            p.work.undo();
                        }
                    }
                }
            });
            batch.forEach(Pending::committed);
        } catch (RuntimeException e) {
            batch.forEach(p -> p.failed(e));
        }
    }

    private static final class Pending<T> {
        private final Work<T> work;
        private boolean lead;
        private boolean done;
        private boolean ran;
        private T result;
        private RuntimeException failure;

        Pending(Work<T> work) {
            this.work = work;
        }

        void reset() {
            ran = false;
            failure = null;
        }

        /** One item inside the batch's transaction; its own failure is rolled back to its savepoint and kept. */
        void runIn(Connection c) throws SQLException {
            Savepoint savepoint = c.setSavepoint();
            try {
                result = work.run(c);
                ran = true;
            } catch (SQLException e) {
                if (Transactions.isRetryable(e)) {
                    throw e;
                }
                c.rollback(savepoint);
                work.undo();
                failure = new StoreException("mail store database: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                c.rollback(savepoint);
                work.undo();
                failure = e;
            }
        }

        boolean ran() {
            return ran;
        }

        synchronized void committed() {
            done = true;
            notifyAll();
        }

        synchronized void failed(RuntimeException e) {
            if (ran || failure == null) {
                failure = e;
            }
            ran = false;
            done = true;
            notifyAll();
        }

        synchronized void promote() {
            lead = true;
            notifyAll();
        }

        synchronized boolean isDone() {
            return done;
        }

        synchronized void awaitLeadOrDone() {
            boolean interrupted = false;
            while (!lead && !done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    // the batch holding this work cannot be abandoned half-way: finish waiting, keep the flag
                    interrupted = true;
                }
            }
            lead = false;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized T outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}
