print(1 == 1.0, 1 == True, 0 == False, 2 == True, "1" == 1)
print(1 < 1.5 < 2, 10 ** 20 < 1e21, 10 ** 30 > 1e29, float('inf') > 10 ** 400)
print(None == 0, None == False, [] == (), [] == [])
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < None)
except TypeError as e:
    print("TypeError:", e)
