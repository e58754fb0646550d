-- Run first, on one thread: creates the shared tables.
shared.list = {}
shared.keys = {}
