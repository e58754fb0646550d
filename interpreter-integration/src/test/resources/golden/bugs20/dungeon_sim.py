# A seeded dungeon crawl simulation: random.seed, choices, shuffle, sample, gauss; deterministic output.
import random
from collections import Counter
from dataclasses import dataclass, field

random.seed(12345)

@dataclass
class Hero:
    name: str
    hp: int = 30
    atk: int = 5
    gold: int = 0
    inventory: Counter = field(default_factory=Counter)

    @property
    def alive(self):
        return self.hp > 0

MONSTERS = {"rat": (5, 2, 1), "goblin": (12, 4, 5), "orc": (20, 6, 12), "dragon": (60, 12, 100)}

def fight(hero, kind, rng):
    hp, atk, loot = MONSTERS[kind]
    rounds = 0
    while hp > 0 and hero.alive:
        rounds += 1
        dmg = rng.randint(1, hero.atk) + (2 if rng.random() < 0.1 else 0)
        hp -= dmg
        if hp <= 0:
            break
        hero.hp -= rng.randint(0, atk)
    if hero.alive:
        hero.gold += loot
        drop = rng.choices(["potion", "sword", "nothing"], weights=[3, 1, 6])[0]
        if drop != "nothing":
            hero.inventory[drop] += 1
        return f"beat {kind} in {rounds} rounds (hp {hero.hp}, drop {drop})"
    return f"died to {kind} after {rounds} rounds"

rng = random.Random(42)
hero = Hero("Ayla")
rooms = rng.choices(list(MONSTERS), weights=[8, 5, 2, 0.3], k=12)
print("rooms:", rooms)
for i, kind in enumerate(rooms, 1):
    if hero.inventory["potion"] and hero.hp < 12:
        hero.inventory["potion"] -= 1
        hero.hp += 15
        print(f"  drink potion -> hp {hero.hp}")
    if hero.inventory["sword"]:
        hero.inventory["sword"] -= 1
        hero.atk += 2
        print(f"  equip sword -> atk {hero.atk}")
    print(f"room {i:2}: {fight(hero, kind, rng)}")
    if not hero.alive:
        break
print(hero.name, "hp", hero.hp, "gold", hero.gold, "inv", +hero.inventory)

deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], random.sample(range(100), 5), random.choice("abcdef"), random.randrange(0, 100, 7))
print(round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6), random.getrandbits(40), round(random.expovariate(2), 6))
print(round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 3), 6), random.randbytes(4).hex())
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, [round(x, 8) for x in a])
r2 = random.Random("seed-string")
print(r2.randint(1, 6), r2.sample(["x", "y", "z"], 2), r2.choices("ab", cum_weights=[1, 10], k=6))
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000))
for total in range(2, 13):
    print(f"{total:2} {rolls[total]:4} {'*' * (rolls[total] // 20)}")
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print("walk end", walk[-1], "max", max(walk), "min", min(walk))
print(random.Random(0).random(), random.Random(1).randint(1, 10 ** 20))
