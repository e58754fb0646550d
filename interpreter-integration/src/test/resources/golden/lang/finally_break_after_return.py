# break/continue in a finally block that runs because of a return: the pending return value is dropped
def g1(x):
    for count in [0, 1]:
        count2 = 0
        while count2 < 20:
            count2 += 10
            try:
                return count + count2
            finally:
                if x:
                    break
    return 'end', count, count2
print(g1(False), g1(True))

def g2(x):
    for count in [0, 1]:
        for count2 in [10, 20]:
            try:
                return count + count2
            finally:
                if x:
                    break
    return 'end', count, count2
print(g2(False), g2(True))

def g3():
    out = []
    for i in range(4):
        try:
            return i
        finally:
            out.append(i)
            if i < 3:
                continue
    return out
print(g3())

def g4():
    try:
        return "try"
    finally:
        return "finally"
print(g4())

def g5():
    for i in range(3):
        try:
            try:
                return "inner"
            finally:
                if i < 2:
                    continue
        finally:
            pass
    return "loop done"
print(g5())

def g6():
    with open(__file__) as f:
        for line in f:
            try:
                return len(line)
            finally:
                break
    return "after with"
print(g6())
