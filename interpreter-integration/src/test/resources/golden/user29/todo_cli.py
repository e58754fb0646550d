"""A todo-list CLI: argparse subcommands, mutually exclusive options, JSON storage in a temp dir, exit 2 at the end."""
import argparse
import json
import os
import sys
import tempfile
from datetime import date


def build():
    p = argparse.ArgumentParser(prog="todo", description="Manage tasks.", epilog="Dates are ISO (YYYY-MM-DD).")
    p.add_argument("--db", default="todo.json")
    p.add_argument("--version", action="version", version="%(prog)s 1.2")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    a = sub.add_parser("add", help="add a task")
    a.add_argument("title", nargs="+")
    a.add_argument("-p", "--priority", type=int, choices=range(1, 4), default=2)
    a.add_argument("--due", type=date.fromisoformat)
    a.add_argument("--tag", action="append", default=[])
    ls = sub.add_parser("list", help="list tasks")
    g = ls.add_mutually_exclusive_group()
    g.add_argument("--done", action="store_true")
    g.add_argument("--open", action="store_true")
    ls.add_argument("--sort", choices=["priority", "due", "title"], default="priority")
    d = sub.add_parser("done", help="complete tasks")
    d.add_argument("ids", type=int, nargs="+")
    return p


def load(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, tasks):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(tasks, f, indent=1)


def run(argv, db):
    args = build().parse_args(["--db", db] + argv)
    tasks = load(args.db)
    if args.cmd == "add":
        tasks.append({"id": len(tasks) + 1, "title": " ".join(args.title), "priority": args.priority,
                      "due": args.due.isoformat() if args.due else None, "tags": args.tag, "done": False})
        print(f"added #{len(tasks)}: {tasks[-1]['title']}")
    elif args.cmd == "done":
        for i in args.ids:
            match [t for t in tasks if t["id"] == i]:
                case [task]:
                    task["done"] = True
                    print(f"done #{i}")
                case []:
                    print(f"no task #{i}", file=sys.stderr)
    else:
        shown = [t for t in tasks if (not args.done or t["done"]) and (not args.open or not t["done"])]
        key = {"priority": lambda t: (t["priority"], t["id"]), "due": lambda t: (t["due"] or "9999", t["id"]),
               "title": lambda t: t["title"].lower()}[args.sort]
        for t in sorted(shown, key=key):
            mark = "x" if t["done"] else " "
            tags = " ".join("#" + x for x in t["tags"])
            print(f"[{mark}] {t['id']:>2} P{t['priority']} {t['due'] or '-':10} {t['title']:<22} {tags}".rstrip())
    save(args.db, tasks)


with tempfile.TemporaryDirectory(dir=".", prefix="golden_tmp_") as tmp:
    db = os.path.join(os.path.relpath(tmp), "todo.json")
    for argv in (["add", "buy", "milk", "-p", "1", "--tag", "home"], ["add", "write", "report", "--due", "2024-04-01"],
                 ["add", "call", "bob", "-p", "3", "--tag", "work", "--tag", "phone"], ["done", "2", "9"],
                 ["list"], ["list", "--open", "--sort", "title"], ["list", "--done"]):
        print("$ todo", " ".join(argv))
        run(argv, db)
    print(sorted(json.load(open(db))[0]))
    for argv in (["add", "x", "-p", "7"], ["list", "--done", "--open"], ["add", "x", "--due", "tomorrow"], []):
        try:
            run(argv, db)
        except SystemExit as e:
            print("exit code", e.code)
    build().print_help()
run(["remove", "1"], "unused.json")
