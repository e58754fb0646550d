package org.stmj.bench.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every implementation computes what a plain sequential model computes for the same operations, so that the
 * benchmarks compare the same work. One short single-threaded replay per workload; not timed.
 */
class WorkloadEquivalenceTest {
    private static final int OPS = 2_000;

    static Stream<String> all() {
        return Workloads.NAMES.stream().filter(WorkloadEquivalenceTest::available);
    }

    static Stream<String> multiLocation() {
        return all().filter(name -> !name.equals("atomic"));
    }

    private static boolean available(String name) {
        try {
            Workloads.named(name);
            return true;
        } catch (UnsupportedOperationException notYet) {
            return false;
        }
    }

    @ParameterizedTest
    @MethodSource("all")
    void whenCounterIncrementedNTimes_thenItReadsN(String impl) {
        Counter counter = Workloads.named(impl).newCounter();
        for (int i = 0; i < OPS; i++) {
            counter.increment();
        }
        assertEquals(OPS, counter.get());
    }

    @ParameterizedTest
    @MethodSource("all")
    void whenCellsBumpedInRotation_thenSumsFollowTheModel(String impl) {
        Cells cells = Workloads.named(impl).newCells();
        long[] model = new long[Cells.SIZE];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < OPS; i++) {
            int target = random.nextInt(Cells.SIZE);
            long modelSum = 0;
            for (long v : model) {
                modelSum += v;
            }
            assertEquals(modelSum, cells.sumAndBump(target));
            model[target]++;
        }
        assertEquals(OPS, cells.sum());
    }

    @ParameterizedTest
    @MethodSource("multiLocation")
    void whenTransfersReplayed_thenBalancesMatchTheModel(String impl) {
        int accounts = 64;
        Bank bank = Workloads.named(impl).newBank(accounts);
        long[] model = new long[accounts];
        java.util.Arrays.fill(model, Bank.INITIAL_BALANCE);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < OPS; i++) {
            int from = random.nextInt(accounts);
            int to = random.nextInt(accounts);
            long amount = 1 + random.nextInt(400);
            boolean moves = model[from] >= amount;
            if (moves) {
                model[from] -= amount;
                model[to] += amount;
            }
            assertEquals(moves, bank.transfer(from, to, amount));
        }
        for (int a = 0; a < accounts; a++) {
            assertEquals(model[a], bank.balance(a), "account " + a);
        }
        assertEquals(accounts * Bank.INITIAL_BALANCE, bank.total());
    }

    @ParameterizedTest
    @MethodSource("multiLocation")
    void whenSetOperationsReplayed_thenResultsMatchATreeSet(String impl) {
        IntSet set = Workloads.named(impl).newIntSet();
        TreeSet<Integer> model = new TreeSet<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < OPS; i++) {
            int key = random.nextInt(64);
            int op = random.nextInt(3);
            if (op == 0) {
                assertEquals(model.add(key), set.add(key));
            } else if (op == 1) {
                assertEquals(model.remove(key), set.remove(key));
            } else {
                assertEquals(model.contains(key), set.contains(key));
            }
        }
        assertArrayEquals(model.stream().mapToInt(Integer::intValue).toArray(), set.toArray());
    }

    @ParameterizedTest
    @MethodSource("multiLocation")
    void whenTwoThreadsTransfer_thenTotalIsKept(String impl) throws InterruptedException {
        int accounts = 8;
        Bank bank = Workloads.named(impl).newBank(accounts);
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            long seed = t;
            threads[t] = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                for (int i = 0; i < OPS; i++) {
                    bank.transfer(random.nextInt(accounts), random.nextInt(accounts), 1 + random.nextInt(50));
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(accounts * Bank.INITIAL_BALANCE, bank.total());
    }

    @Test
    void whenNameUnknown_thenClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Workloads.named("nope"));
        assertEquals("unknown implementation 'nope', expected one of " + Workloads.NAMES, e.getMessage());
    }
}
