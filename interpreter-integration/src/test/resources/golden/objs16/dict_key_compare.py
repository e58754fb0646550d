# Dict lookups whose stored key and probe key have the same hash: exact ints and strs are compared directly,
# every other pair by == (a __eq__ of the program's own).
d = {}
d[-1] = 'minus one'          # hash(-1) == hash(-2) == -2 in CPython: the probe must go on past -1
d[-2] = 'minus two'
print(d[-1], d[-2], d.get(-2), -1 in d, -3 in d)
big = 2 ** 70
d[big] = 'big'
d[big - 2 ** 61 + 1] = 'same hash as big'   # (2**70) % (2**61 - 1) collides with 2**70 - 2**61 + 1
print(d[2 ** 70], d[2 ** 70 - 2 ** 61 + 1], len(d))
d[True] = 'true'             # True == 1, a bool key finds the int and the other way round
print(d.get(1), d.get(1.0), {1: 'int'}[True], {True: 'bool'}[1])
d[2 ** 61 - 1] = 'mersenne'  # hashes to 0, like 0
d[0] = 'zero'
print(d[0], d[2 ** 61 - 1], d.get(0.0), d.get(0 + 0j))
s = {'abc': 1, 'abd': 2}
print(s['abc'], s.get('ab' + 'c'), s.get('x'))


class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if isinstance(other, Key):
            return self.name == other.name
        return other == self.name


k = {Key(7, 'a'): 'key a', 7: 'seven'}
print(k[7], k[Key(7, 'a')], k.get(Key(7, 'b')))
print({7: 'int first', Key(7, 7): 'equal key'})


counts = {}
for step in range(3000):
    key = (step * 7) % 1000
    counts[key] = counts.get(key, 0) + 1
print(len(counts), counts[0], counts[999], sum(counts.values()))
