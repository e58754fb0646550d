try:
    s = input()
    print("got", repr(s))
except EOFError as e:
    print("EOFError", repr(str(e)))
import sys
print(repr(sys.stdin.read()))
