import _circ_a
