# An item's __eq__ that changes the lists being compared: the sizes and items are read again at every step.
class ClearsOther:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return NotImplemented


left, right = [], []
left.append(ClearsOther(right))
right.append(ClearsOther(left))
print("both cleared", left == right, left, right)

victim = [0, 2, 3]


class ClearsVictim:
    def __eq__(self, other):
        victim.clear()
        return True


victim[0] = ClearsVictim()
print("self cleared", victim == [ClearsVictim(), 2, 3], victim)


class Shrinks:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        del self.lst[1:]
        return False

    def __lt__(self, other):
        return True


grow = [1]
grow.insert(0, Shrinks(grow))
grow.extend([7, 8])
print("lt after shrink", grow < [0, 1, 7, 8], len(grow))
a = [1, 2, [3, 4]]
print("plain", a == [1, 2, [3, 4]], a < [1, 2, [3, 5]], a > [1, 2], [] == [], [1] != [1, 0])
