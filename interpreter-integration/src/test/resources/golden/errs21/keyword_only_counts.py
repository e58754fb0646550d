def connect(host, *, port, timeout=5):
    return host, port
print(connect("h", port=1))
try:
    connect("h", 80)
except TypeError as e:
    print(e)
try:
    connect(port=1)
except TypeError as e:
    print(e)
try:
    connect("h", 1, 2, port=3)
except TypeError as e:
    print(e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, d=4)
except TypeError as e:
    print(e)
def kwo(*, a, b, c):
    pass
try:
    kwo()
except TypeError as e:
    print(e)
try:
    kwo(a=1, **{'b': 2, 'z': 3})
except TypeError as e:
    print(e)
try:
    print(**{'sepp': 1})
except TypeError as e:
    print(e)
try:
    sorted([3, 1], reversed=True)
except TypeError as e:
    print(e)
class P:
    def __init__(self, x, y=0):
        pass
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    P(y=1)
except TypeError as e:
    print(e)
connect("h", prot=1)
