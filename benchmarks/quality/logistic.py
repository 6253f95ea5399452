"""Weighted logistic regression in pure Python, for ``train_pair_model`` (no numpy in the
project): Newton steps in a fixed order, so the same rows give the same weights."""

from __future__ import annotations

import math


def fit(x: list[list[float]], y: list[float], w: list[float], l2: float, iterations: int) -> list[float]:
    """Weights (bias first) of a weighted logistic regression with an L2 penalty (not on the
    bias), by Newton steps: each solves (H + l2 I) d = g exactly."""
    size = len(x[0])
    beta = [0.0] * size
    for _ in range(iterations):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for row, label, weight in zip(x, y, w):
            z = sum(b * v for b, v in zip(beta, row))
            p = 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))
            g, h = weight * (label - p), weight * p * (1 - p)
            for k, v in enumerate(row):
                if v:
                    gradient[k] += g * v
                    hk = hessian[k]
                    for m in range(k, size):
                        if row[m]:
                            hk[m] += h * v * row[m]
        for k in range(size):
            for m in range(k):
                hessian[k][m] = hessian[m][k]
            if k:
                gradient[k] -= l2 * beta[k]
                hessian[k][k] += l2
        step = solve(hessian, gradient)
        beta = [b + d for b, d in zip(beta, step)]
    return beta


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix @ x = vector, by Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [list(row) + [v] for row, v in zip(matrix, vector)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: (abs(a[r][col]), -r))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def log_loss(x: list[list[float]], y: list[float], w: list[float], beta: list[float]) -> float:
    total = 0.0
    for row, label, weight in zip(x, y, w):
        z = sum(b * v for b, v in zip(beta, row))
        p = min(1 - 1e-12, max(1e-12, 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))))
        total -= weight * (label * math.log(p) + (1 - label) * math.log(1 - p))
    return total / sum(w)
