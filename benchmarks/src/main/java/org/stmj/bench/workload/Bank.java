package org.stmj.bench.workload;

/** A fixed number of accounts; transfers move money between two of them atomically. */
public interface Bank {
    /** The number of accounts the benchmarks use. */
    int ACCOUNTS = 1024;

    /** The balance every account starts with. */
    long INITIAL_BALANCE = 1_000;

    /**
     * In one atomic step: if account {@code from} holds at least {@code amount}, moves {@code amount} from
     * {@code from} to {@code to}.
     *
     * @return whether the money moved
     */
    boolean transfer(int from, int to, long amount);

    /** The sum of all balances, read atomically; always {@code accounts * INITIAL_BALANCE}. */
    long total();

    /** The balance of one account, read atomically. */
    long balance(int account);
}
