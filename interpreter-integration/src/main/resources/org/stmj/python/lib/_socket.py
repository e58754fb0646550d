"""_socket for stmj: enough for `import socket` (and so email, http.client, urllib, logging.handlers) to import.
The interpreter has no network stack yet: creating a socket raises OSError(ENOSYS) with that reason, and name
resolution answers only for the local host. Constants have Linux's values."""
import errno as _errno

has_ipv6 = False
AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOCK_SEQPACKET = 5
SOCK_NONBLOCK = 0o4000
SOCK_CLOEXEC = 0o2000000
SOL_SOCKET = 1
SOL_TCP = 6
SOL_UDP = 17
SO_DEBUG = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
SOMAXCONN = 4096
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPV6_V6ONLY = 26
TCP_NODELAY = 1
MSG_OOB = 1
MSG_PEEK = 2
MSG_DONTWAIT = 0x40
MSG_WAITALL = 0x100
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_NUMERICSERV = 0x400
NI_NUMERICHOST = 1
NI_NUMERICSERV = 2
NI_NAMEREQD = 8
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7f000001
EAI_NONAME = -2

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = 'socket'
_default_timeout = [None]


def _unsupported():
    return OSError(_errno.ENOSYS, 'sockets are not supported by stmj (no network stack in the interpreter yet)')


class socket:
    """A socket object; the interpreter cannot create one yet (OSError ENOSYS)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        raise _unsupported()


SocketType = socket


def getdefaulttimeout():
    return _default_timeout[0]


def setdefaulttimeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError('Timeout value out of range')
    _default_timeout[0] = None if timeout is None else float(timeout)


def gethostname():
    import posix
    return posix.uname().nodename


def gethostbyname(name):
    if name in ('localhost', '', gethostname()):
        return '127.0.0.1'
    try:
        inet_aton(name)
        return name
    except OSError:
        raise gaierror(EAI_NONAME, 'Name or service not known') from None


def gethostbyname_ex(name):
    return (name, [], [gethostbyname(name)])


def gethostbyaddr(addr):
    if addr in ('127.0.0.1', 'localhost'):
        return ('localhost', [], ['127.0.0.1'])
    raise herror(1, 'Unknown host')


def getfqdn(name=''):
    return name or gethostname()


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    addr = gethostbyname(host or 'localhost')
    if isinstance(port, str):
        port = int(port) if port.isdigit() else getservbyname(port)
    socktypes = [type] if type else [SOCK_STREAM, SOCK_DGRAM]
    return [(AF_INET, t, proto or (IPPROTO_TCP if t == SOCK_STREAM else IPPROTO_UDP), '', (addr, port or 0))
            for t in socktypes]


def getnameinfo(sockaddr, flags):
    return (sockaddr[0], str(sockaddr[1]))


_SERVICES = {'http': 80, 'https': 443, 'ftp': 21, 'smtp': 25, 'ssh': 22, 'domain': 53}


def getservbyname(name, proto=None):
    try:
        return _SERVICES[name]
    except KeyError:
        raise OSError('service/proto not found') from None


def getservbyport(port, proto=None):
    for k, v in _SERVICES.items():
        if v == port:
            return k
    raise OSError('port/proto not found')


def getprotobyname(name):
    return {'tcp': 6, 'udp': 17, 'ip': 0, 'icmp': 1}[name]


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes((x & 0xffffffff).to_bytes(4, 'little'), 'big')


ntohl = htonl


def inet_aton(s):
    parts = s.split('.')
    try:
        if len(parts) != 4 or not all(0 <= int(p) <= 255 for p in parts):
            raise ValueError
    except ValueError:
        raise OSError('illegal IP address string passed to inet_aton') from None
    return bytes(int(p) for p in parts)


def inet_ntoa(b):
    if len(b) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(x) for x in b)


def inet_pton(family, s):
    if family == AF_INET:
        return inet_aton(s)
    raise OSError(_errno.EAFNOSUPPORT, 'Address family not supported by protocol')


def inet_ntop(family, b):
    if family == AF_INET:
        return inet_ntoa(b)
    raise ValueError('unknown address family %d' % family)


def close(fd):
    import posix
    posix.close(fd)


def dup(fd):
    raise _unsupported()


def if_nameindex():
    return []
