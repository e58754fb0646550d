"""Smallest program: bin/stmpy examples/hello.py"""
print("Hello from stmj!", 6 * 7)
