people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0][-1]))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
people.sort(key=lambda p: p[1], reverse=True)
print(people)
