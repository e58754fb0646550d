# An uncaught RecursionError ends the program with status 1 and a (shortened) traceback.
def walk(node):
    return walk(node["next"])


ring = {}
ring["next"] = ring
print("start")
print(walk(ring))
