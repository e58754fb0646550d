from _circ_b import bval
aval = 1
