package org.stmj.bench.workload;

import java.util.List;

/** One implementation of all four workloads: an STM, or a lock baseline. */
public interface Workloads {
    /** The names {@link #named} accepts, in the order the results table lists them. */
    List<String> NAMES = List.of("stmj", "stmj-barriers", "multiverse", "scalastm", "synchronized", "lock", "atomic");

    /** The name of this implementation, one of {@link #NAMES}. */
    String name();

    /** A new counter starting at zero. */
    Counter newCounter();

    /** New {@value Cells#SIZE} cells, all zero. */
    Cells newCells();

    /** A new bank of {@code accounts} accounts holding {@link Bank#INITIAL_BALANCE} each. */
    Bank newBank(int accounts);

    /** A new empty set. */
    IntSet newIntSet();

    /**
     * The implementation called {@code name}.
     *
     * @throws IllegalArgumentException when {@code name} is not one of {@link #NAMES}
     */
    static Workloads named(String name) {
        switch (name) {
            case "stmj":
                return new StmjWorkloads();
            case "stmj-barriers":
                return new StmjBarrierWorkloads();
            case "multiverse":
                return new MultiverseWorkloads();
            case "scalastm":
                return new ScalaStmWorkloads();
            case "synchronized":
                return new SynchronizedWorkloads();
            case "lock":
                return new LockWorkloads();
            case "atomic":
                return new AtomicWorkloads();
            default:
                throw new IllegalArgumentException("unknown implementation '" + name + "', expected one of " + NAMES);
        }
    }
}
