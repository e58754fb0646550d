import sys
print("exit(0) follows")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
exit(0)
print("not reached")
