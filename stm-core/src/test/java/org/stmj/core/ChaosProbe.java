package org.stmj.core;

/** Main class run in a child JVM by {@link ChaosModeTest}: prints "counter chaosAborts commits". */
public final class ChaosProbe {
    private ChaosProbe() {
    }

    public static void main(String[] args) {
        Cell c = new Cell();
        Cell d = new Cell();
        int n = Integer.parseInt(args[0]);
        for (int i = 0; i < n; i++) {
            Stm.atomicRun(() -> {
                c.setI(c.getI() + 1);
                d.setI(d.getI() - 1);
            });
        }
        StmStatistics s = Stm.statistics();
        System.out.println(c.i + d.i * -1 + " " + s.aborts(AbortCause.CHAOS) + " " + s.commits());
    }
}
