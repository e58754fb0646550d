# coding: latin-1
# A BOM says UTF-8; a cookie naming another encoding contradicts it.
print('not run')
