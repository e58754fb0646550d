"""Pancake flipping over all permutations of 1..n: the maximum flip count and a signed checksum."""
import sys


def run(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r > 1:
            count[r - 1] = r
            r -= 1
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        while True:
            if r == n:
                return "%d %d" % (checksum, max_flips)
            p0 = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 9))
