"""A web-style URL router: decorators, regex converters, query parsing, middleware chain and error pages."""
import functools
import json
import re
from urllib.parse import parse_qs, urlsplit, quote, unquote


class HTTPError(Exception):
    def __init__(self, status, message):
        super().__init__(status, message)
        self.status, self.message = status, message


CONVERTERS = {"int": (r"\d+", int), "str": (r"[^/]+", str), "path": (r".+", str), "slug": (r"[a-z0-9-]+", str)}


class Router:
    def __init__(self):
        self.routes = []
        self.middleware = []

    def route(self, pattern, methods=("GET",)):
        names = []

        def repl(m):
            conv, name = m.group(1) or "str", m.group(2)
            if conv not in CONVERTERS:
                raise ValueError(f"unknown converter {conv!r} in {pattern!r}")
            names.append((name, CONVERTERS[conv][1]))
            return f"(?P<{name}>{CONVERTERS[conv][0]})"

        regex = re.compile("^" + re.sub(r"<(?:(\w+):)?(\w+)>", repl, pattern) + "$")

        def deco(fn):
            self.routes.append((regex, set(methods), fn, dict(names)))
            return fn
        return deco

    def use(self, mw):
        self.middleware.append(mw)
        return mw

    def dispatch(self, method, url):
        parts = urlsplit(url)
        path = unquote(parts.path)
        query = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}

        def core(method, path):
            allowed = set()
            for regex, methods, fn, convs in self.routes:
                m = regex.match(path)
                if not m:
                    continue
                if method not in methods:
                    allowed |= methods
                    continue
                kwargs = {k: convs[k](v) for k, v in m.groupdict().items()}
                return 200, fn(query=query, **kwargs)
            if allowed:
                raise HTTPError(405, f"use {', '.join(sorted(allowed))}")
            raise HTTPError(404, f"no route for {path}")

        handler = core
        for mw in reversed(self.middleware):
            handler = functools.partial(mw, handler)
        try:
            return handler(method, path)
        except HTTPError as e:
            return e.status, {"error": e.message}
        except Exception as e:
            return 500, {"error": f"{type(e).__name__}: {e}"}


app = Router()
USERS = {1: "ann", 2: "bob"}


@app.use
def logger(nxt, method, path):
    status, body = nxt(method, path)
    print(f"  [{method} {path}] -> {status}")
    return status, body


@app.use
def auth(nxt, method, path):
    if path.startswith("/admin"):
        raise HTTPError(403, "forbidden")
    return nxt(method, path)


@app.route("/users")
def list_users(query):
    limit = int(query.get("limit", 10))
    return sorted(USERS.values())[:limit]


@app.route("/users/<int:uid>")
def get_user(query, uid):
    try:
        return {"id": uid, "name": USERS[uid]}
    except KeyError:
        raise HTTPError(404, f"user {uid} not found") from None


@app.route("/users", methods=("POST",))
def add_user(query):
    uid = max(USERS) + 1
    USERS[uid] = query["name"]
    return {"created": uid}


@app.route("/files/<path:rest>")
def files(query, rest):
    return {"file": rest, "parts": rest.split("/")}


@app.route("/posts/<slug:slug>/<int:year>")
def post(query, slug, year):
    return {"slug": slug, "year": year, "tags": query.get("tag", [])}


@app.route("/boom")
def boom(query):
    return 1 / 0


for method, url in [("GET", "/users?limit=1"), ("GET", "/users/2"), ("GET", "/users/9"), ("POST", "/users?name=cy"),
                    ("GET", "/users"), ("DELETE", "/users/1"), ("GET", "/files/a/b%20c/d.txt"),
                    ("GET", "/posts/hello-world/2024?tag=x&tag=y"), ("GET", "/posts/Hello/2024"), ("GET", "/boom"),
                    ("GET", "/admin/x"), ("GET", "/users?limit=abc")]:
    status, body = app.dispatch(method, url)
    print(method, url, status, json.dumps(body, sort_keys=True))
try:
    app.route("/x/<float:v>")
except ValueError as e:
    print(e)
print(quote("/files/a b/ü"), [r[0].pattern for r in app.routes][:2], logger.__name__)
