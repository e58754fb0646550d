package org.stmj.transform.it;

import java.util.ArrayList;
import java.util.List;
import org.stmj.core.Txn;
import org.stmj.transform.fixtures.Bank;
import org.stmj.transform.fixtures.StackVm;

/**
 * A plain program over the fixtures, run by the integration tests under the agent or after offline
 * translation. Prints what it checked; exits with 3 when a check fails.
 */
public final class AppMain {
    private AppMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean transformed;
        try {
            Bank.class.getDeclaredMethod("transfer$stm", int.class, int.class, long.class, Txn.class);
            transformed = true;
        } catch (NoSuchMethodException e) {
            transformed = false;
        }
        System.out.println("transformed=" + transformed);
        Bank bank = new Bank(8, 1000);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            ts.add(new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    bank.transfer((id + i) % 8, (id * 3 + i * 5 + 1) % 8, i % 7);
                }
            }));
        }
        ts.forEach(Thread::start);
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("bank total=" + bank.total() + " transfers=" + bank.transfers());
        int[] code = {StackVm.INC, 0, StackVm.MOVE, 1, 2, StackVm.CHECK, 1, 2, 0, StackVm.LOOP, 1, 0, StackVm.HALT};
        StackVm vm = new StackVm(4);
        vm.setRendezvous(2);
        List<Thread> vs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            vs.add(new Thread(() -> {
                StackVm.ThreadState st = new StackVm.ThreadState(code, 2);
                st.setLocal(1, 2000);
                vm.run(st);
                vm.release();
            }));
        }
        vs.forEach(Thread::start);
        for (Thread t : vs) {
            t.join();
        }
        System.out.println("vm g0=" + vm.global(0) + " g1+g2=" + (vm.global(1) + vm.global(2)) + " violations="
                + vm.violations());
        boolean ok = bank.total() == 8000 && bank.transfers() == 4000 && vm.global(0) == 4000
                && vm.global(1) + vm.global(2) == 0 && vm.violations() == 0;
        System.exit(ok ? 0 : 3);
    }
}
