"""Task-scheduler simulation: prioritised tasks passing messages through mailboxes.

A generator task feeds two workers, workers route to a batching handler or straight to a device,
the device is busy for a few ticks after each job, and an idle task runs when nothing else can.
The checksum folds every payload the device consumes.
"""
import sys

MOD = 65521


class Message:
    __slots__ = ("kind", "payload", "next")

    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload
        self.next = None


class Mailbox:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def put(self, msg):
        msg.next = None
        if self.tail is None:
            self.head = msg
        else:
            self.tail.next = msg
        self.tail = msg
        self.size += 1

    def take(self):
        msg = self.head
        self.head = msg.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return msg


class Task:
    def __init__(self, sched, name, priority):
        self.sched = sched
        self.name = name
        self.priority = priority
        self.mailbox = Mailbox()
        self.held = False
        self.steps = 0

    def runnable(self):
        return not self.held and self.mailbox.size > 0

    def send(self, target, msg):
        self.sched.task(target).mailbox.put(msg)

    def step(self):
        self.steps += 1
        self.handle(self.mailbox.take())

    def handle(self, msg):
        raise NotImplementedError


class Generator(Task):
    def __init__(self, sched, limit):
        super().__init__(sched, "gen", 1)
        self.limit = limit
        self.count = 0

    def runnable(self):
        return not self.held and self.count < self.limit

    def step(self):
        self.steps += 1
        self.count += 1
        target = "workA" if self.count % 2 else "workB"
        self.send(target, Message("data", self.count))


class Worker(Task):
    def __init__(self, sched, name, salt):
        super().__init__(sched, name, 2)
        self.salt = salt

    def handle(self, msg):
        msg.payload = (msg.payload * 31 + self.salt) % MOD
        self.send("dev" if msg.payload % 3 == 0 else "handler", msg)


class Handler(Task):
    def __init__(self, sched):
        super().__init__(sched, "handler", 3)
        self.batch = []

    def handle(self, msg):
        self.batch.append(msg.payload)
        if len(self.batch) == 4:
            total = 0
            for i, v in enumerate(self.batch):
                total = (total + v * (i + 1)) % MOD
            self.batch = []
            self.send("dev", Message("batch", total))


class Device(Task):
    def __init__(self, sched):
        super().__init__(sched, "dev", 4)
        self.busy = 0
        self.checksum = 0
        self.jobs = 0

    def handle(self, msg):
        self.jobs += 1
        weight = 7 if msg.kind == "batch" else 3
        self.checksum = (self.checksum * weight + msg.payload) % 1000000007
        self.busy = msg.payload % 4
        if self.busy:
            self.held = True

    def tick(self):
        if self.busy:
            self.busy -= 1
            if not self.busy:
                self.held = False


class Idle(Task):
    def __init__(self, sched):
        super().__init__(sched, "idle", 0)

    def runnable(self):
        return True

    def step(self):
        self.steps += 1


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.by_name = {}
        self.ticks = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)
        self.by_name[task.name] = task

    def task(self, name):
        return self.by_name[name]

    def run(self):
        dev = self.by_name["dev"]
        gen = self.by_name["gen"]
        while True:
            self.ticks += 1
            dev.tick()
            for t in self.tasks:
                if t.runnable():
                    break
            if t.priority == 0 and gen.count >= gen.limit and not dev.held and all(
                    x.mailbox.size == 0 for x in self.tasks):
                return
            t.step()


def run(n):
    s = Scheduler()
    s.add(Idle(s))
    s.add(Generator(s, n))
    s.add(Worker(s, "workA", 17))
    s.add(Worker(s, "workB", 29))
    s.add(Handler(s))
    dev = Device(s)
    s.add(dev)
    s.run()
    steps = sum(t.steps for t in s.tasks)
    return "%d %d %d %d" % (dev.checksum, dev.jobs, s.ticks, steps)


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200000))
