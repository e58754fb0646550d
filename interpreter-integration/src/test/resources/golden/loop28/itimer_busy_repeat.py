# A periodic SIGALRM (setitimer with an interval) reaches a busy main loop again and again: the handler counts
# and stops the timer at the fifth tick; the loop waits for the count.
import signal

ticks = []


def tick(signum, frame):
    ticks.append(signum)
    if len(ticks) == 5:
        signal.setitimer(signal.ITIMER_REAL, 0)


signal.signal(signal.SIGALRM, tick)
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
x = 0
while len(ticks) < 5:
    x ^= 1
print("ticks", len(ticks), set(ticks) == {signal.SIGALRM})
print("timer off", signal.getitimer(signal.ITIMER_REAL))
