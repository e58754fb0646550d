"""Tic-tac-toe with minimax and alpha-beta; plays several games and prints boards."""
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    best = None
    other = "O" if player == "X" else "X"
    for i, ch in enumerate(board):
        if ch != ".":
            continue
        score, _ = minimax(board[:i] + player + board[i + 1:], other)
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best


nodes = 0


def alphabeta(board, player, alpha=-2, beta=2):
    global nodes
    nodes += 1
    w = winner(board)
    if w:
        return 1 if w == "X" else -1
    if "." not in board:
        return 0
    other = "O" if player == "X" else "X"
    for i, ch in enumerate(board):
        if ch == ".":
            v = alphabeta(board[:i] + player + board[i + 1:], other, alpha, beta)
            if player == "X":
                alpha = max(alpha, v)
            else:
                beta = min(beta, v)
            if alpha >= beta:
                break
    return alpha if player == "X" else beta


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


def play(opening):
    board, player = "." * 9, "X"
    moves = list(opening)
    while not winner(board) and "." in board:
        if moves:
            i = moves.pop(0)
        else:
            _, i = minimax(board, player)
        board = board[:i] + player + board[i + 1:]
        player = "O" if player == "X" else "X"
    return board, winner(board) or "draw"


for opening in ([], [0], [4, 1], [0, 8, 2], [1, 0, 4, 2]):
    board, result = play(opening)
    print(f"opening {opening}: {result}")
    print(show(board))
print(minimax.cache_info().currsize, minimax("." * 9, "X"))
print(alphabeta("." * 9, "X"), nodes)
print(sum(1 for _ in range(1)), winner("XXXOO...."), winner("XOXOXOOXO"))
