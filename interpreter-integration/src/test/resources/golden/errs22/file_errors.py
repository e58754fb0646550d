import os, errno
for f in (lambda: open('no_such_file.txt'), lambda: open('.'), lambda: open('no_dir/x.txt', 'w'),
          lambda: os.remove('no_such_file.txt'), lambda: os.listdir('no_such_dir'), lambda: os.rmdir('no_such_dir'),
          lambda: os.mkdir('.'), lambda: os.rename('no_a', 'no_b'), lambda: open(''), lambda: os.stat('nope_x'),
          lambda: open('x', 'rw'), lambda: open('x', 'q'), lambda: open(3.5), lambda: open('x', encoding=5),
          lambda: open('x', 'rb', encoding='utf-8'), lambda: os.chdir('nope_dir'), lambda: open('a\0b')):
    try:
        f()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None), repr(e))
open('missing_file.txt')
