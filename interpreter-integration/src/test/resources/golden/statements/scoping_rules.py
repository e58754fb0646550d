x = "global"
def f():
    print(x)
def g():
    x = "local"
    print(x)
def h():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
f(); g(); h()
class K:
    x = "class"
    def m(self):
        return x
print(K().m(), K.x)
