import sys
print(len(sys.argv[1:]), sys.argv[1:])
def fail():
    sys.exit("fatal: stopping with a message")
print("before")
fail()
