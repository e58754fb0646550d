#!/usr/bin/env python3
# -*- coding: latin-1 -*-
# PEP 263: a coding cookie on the second line decodes the file as Latin-1.
s = 'café £'
print(s, len(s), [hex(ord(c)) for c in s[-3:]])
