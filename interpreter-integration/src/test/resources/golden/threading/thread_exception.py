import threading
def boom():
    raise ValueError("boom in thread")
t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues", t.is_alive())
