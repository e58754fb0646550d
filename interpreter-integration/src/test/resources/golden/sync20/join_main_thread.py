# Several threads join the main thread: each join returns once the main thread has run its code (its
# thread-state lock is released in threading._shutdown while its Java thread runs on); none trips
# Thread._stop's 'assert not lock.locked()' (a second joiner taking the lock between another's release and
# that check), and all see it stopped.
import threading
main = threading.main_thread()
out = []
lock = threading.Lock()
def w(k):
    main.join()
    alive = main.is_alive()
    with lock:
        out.append((k, alive))
        if len(out) == 10:
            print("all joined:", sorted(out))
ts = [threading.Thread(target=w, args=(k,)) for k in range(10)]
for t in ts:
    t.start()
print("main ends; alive seen so far:", main.is_alive())
