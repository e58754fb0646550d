# A TypeError raised while matching a class pattern propagates like any other exception.


class Config:
    __match_args__ = "host"

    def __init__(self):
        self.host = "localhost"


def load(c):
    match c:
        case Config(host):
            return host


print("before")
print(load(Config()))
print("not reached")
