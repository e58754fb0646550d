from _circ_a import aval
bval = 2
