# vim: set fileencoding=no-such-codec :
print('not run')
