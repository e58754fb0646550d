"""Elevator controller: enum states, match statements on events, a dataclass log."""
import enum
from dataclasses import dataclass, field
from collections import deque


class State(enum.Enum):
    IDLE = "idle"
    MOVING_UP = "up"
    MOVING_DOWN = "down"
    DOORS_OPEN = "open"
    MAINTENANCE = "maint"


@dataclass(frozen=True)
class Call:
    floor: int


@dataclass(frozen=True)
class Tick:
    pass


@dataclass(frozen=True)
class Mode:
    name: str


@dataclass
class Elevator:
    floors: int
    floor: int = 0
    state: State = State.IDLE
    queue: deque = field(default_factory=deque)
    log: list = field(default_factory=list)

    def handle(self, event):
        before = self.state
        match (self.state, event):
            case (State.MAINTENANCE, Mode(name="normal")):
                self.state = State.IDLE
            case (State.MAINTENANCE, _):
                self.log.append(f"ignored {event} in maintenance")
                return
            case (_, Mode(name="maintenance")):
                self.queue.clear()
                self.state = State.MAINTENANCE
            case (_, Call(floor=f)) if not 0 <= f < self.floors:
                self.log.append(f"rejected call to {f}")
                return
            case (_, Call(floor=f)) if f == self.floor and self.state is State.IDLE:
                self.state = State.DOORS_OPEN
            case (_, Call(floor=f)):
                if f not in self.queue:
                    self.queue.append(f)
            case (State.DOORS_OPEN, Tick()):
                self.state = State.IDLE
            case (State.IDLE, Tick()) if self.queue:
                target = self.queue[0]
                self.state = State.MOVING_UP if target > self.floor else State.MOVING_DOWN
            case (State.MOVING_UP | State.MOVING_DOWN as moving, Tick()):
                self.floor += 1 if moving is State.MOVING_UP else -1
                if self.floor == self.queue[0]:
                    self.queue.popleft()
                    self.state = State.DOORS_OPEN
            case (State.IDLE, Tick()):
                pass
            case other:
                raise ValueError(f"unhandled {other!r}")
        if self.state is not before:
            self.log.append(f"{before.value:>5} -> {self.state.value:<5} at floor {self.floor}")


e = Elevator(floors=6)
script = [Call(3), Tick(), Call(1), Tick(), Tick(), Tick(), Tick(), Tick(), Call(9), Tick(),
          Tick(), Tick(), Tick(), Mode("maintenance"), Call(2), Tick(), Mode("normal"), Call(0), Tick(), Tick()]
for ev in script:
    e.handle(ev)
print("\n".join(e.log))
print(e)
print(State("up"), State["IDLE"], list(State)[-1], len(State))
try:
    State("sideways")
except ValueError as err:
    print(err)
try:
    e.handle("bogus")
except ValueError as err:
    print(err)
try:
    Call(1).floor = 2
except Exception as err:
    print(type(err).__name__, err)
print(Call(2) == Call(2), hash(Call(2)) == hash(Call(2)), Tick() == Tick(), repr(Mode("x")))
