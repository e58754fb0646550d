class BaseErr(Exception): pass
class DbErr(BaseErr): pass
class ConnErr(DbErr): pass
class QueryErr(DbErr): pass
def do(kind):
    raise {"conn": ConnErr, "query": QueryErr, "base": BaseErr}[kind](kind + " failed")
for kind in ("conn", "query", "base"):
    try:
        do(kind)
    except ConnErr as e:
        print("conn handler:", e)
    except DbErr as e:
        print("db handler:", type(e).__name__, e)
    except BaseErr as e:
        print("base handler:", e)
print([c.__name__ for c in ConnErr.__mro__])
