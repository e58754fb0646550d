# json.dumps/loads from several threads at once (the encoder's markers and the scanner's memo are per call)
import json
import threading

results = {}


def work(k):
    out = []
    for i in range(200):
        doc = {'t': k, 'i': i, 'items': [{'id': j, 'name': 'n%d' % j, 'v': j / 3} for j in range(i % 7)],
               'nested': {'a': [k, i, [k * i]]}}
        s = json.dumps(doc, sort_keys=(i % 2 == 0))
        back = json.loads(s)
        out.append(back == doc)
        out.append(len(s))
    results[k] = (all(out[0::2]), sum(out[1::2]))


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])

shared_markers = {}
enc = json.JSONEncoder()
errs = []


def circular(k):
    a = [k]
    a.append(a)
    for _ in range(50):
        try:
            enc.encode(a)
        except ValueError as e:
            errs.append(str(e))


threads = [threading.Thread(target=circular, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(errs), sorted(set(errs)))
