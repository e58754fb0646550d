print("x" + "y")
print("x" + 1)
