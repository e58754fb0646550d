import threading
t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.is_alive())
print(type(threading.get_ident()).__name__, threading.get_ident() == t.ident)
info = {}
def f():
    info["name"] = threading.current_thread().name
    info["ident_differs"] = threading.get_ident() != t.ident
    info["is_main"] = threading.current_thread() is threading.main_thread()
w = threading.Thread(target=f, name="worker-1")
w.start(); w.join()
print(sorted(info.items()))
print(w.name, w.daemon, t.daemon)
