import math
def f():
    counter = 1
    return countr
try:
    f()
except NameError as e:
    print(e)
try:
    pritn('x')
except NameError as e:
    print(e)
try:
    print(sqrt(2))
except NameError as e:
    print(e)
class A:
    def __init__(self):
        self.blech = 1
    def foo(self):
        blech = blech + 1
try:
    A().foo()
except NameError as e:
    print(type(e).__name__, e)
class B:
    def __init__(self):
        self.value = 1
    def get(self):
        return value
try:
    B().get()
except NameError as e:
    print(e)
def g():
    x = y
    y = 1
try:
    g()
except UnboundLocalError as e:
    print(e)
def outer():
    def inner():
        return z
    inner()
    z = 1
try:
    outer()
except NameError as e:
    print(e)
B().get()
