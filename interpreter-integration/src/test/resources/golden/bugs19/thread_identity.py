"""Thread names, idents, native ids, enumerate/active_count, main_thread, current_thread, is_alive, repr."""
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.ident == threading.get_ident())
base = threading.active_count()
start = threading.Event()
release = threading.Event()
infos = {}
lock = threading.Lock()


def worker():
    me = threading.current_thread()
    with lock:
        infos[me.name] = (me.ident == threading.get_ident(), me.native_id == threading.get_native_id(),
                          me in threading.enumerate())
    release.wait(30)


ts = [threading.Thread(target=worker, name='w%d' % i) for i in range(4)]
ts.append(threading.Thread(target=worker))
ts[-1].name = 'renamed'
for t in ts:
    print(repr(t).split(' ')[0], t.name, t.ident is None, t.is_alive())
    t.start()
while True:
    with lock:
        if len(infos) == 5:
            break
    release.wait(0.001)
print('active', threading.active_count() - base, sorted(infos.items()))
names = sorted(t.name for t in threading.enumerate() if t is not main)
print('enumerate', names)
print('idents distinct', len({t.ident for t in ts}) == 5, all(isinstance(t.ident, int) for t in ts))
print('repr started', all('started' in repr(t) for t in ts))
release.set()
for t in ts:
    t.join(timeout=30)
print('alive after join', [t.is_alive() for t in ts], threading.active_count() - base)
print('repr stopped', all('stopped' in repr(t) for t in ts))
anon = threading.Thread(target=len, args=([],))
print(anon.name.startswith('Thread-'), '(len)' in anon.name)


def named_fn():
    pass


t = threading.Thread(target=named_fn)
print(t.name.endswith('(named_fn)'))
