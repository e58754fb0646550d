# A thread spins until another one sets a flag, inside code reached through an instance's __call__ (as unittest
# runs a test through TestCase.__call__): the call must not hide the other thread's write from the spinning one.
import threading


class Check:
    def __call__(self, rounds):
        seen = 0
        for _ in range(rounds):
            started = [False]

            def worker():
                started[0] = True

            t = threading.Thread(target=worker)
            t.start()
            while not started[0]:
                pass
            t.join()
            seen += 1
        return seen


print("rounds seen:", Check()(20))
