#!/usr/bin/env python3
"""Writes the .npy files FolioTensorTests compare Folio against. Needs python3 and numpy;
the Swift tests need neither, only the files this writes, which are checked in.

    python3 scripts/make-tensor-fixtures.py

Everything lands in Tests/FolioTensorTests/Fixtures/ (old .npy files there are removed first,
so a renamed case leaves nothing behind):

  <case>.<role>.npy   One array of one operation case. Inputs are roles a, b and c; the
                      expected result is `out`, or `values` and `indices` for max/min along
                      a dimension. The NumPy expression of each case is written next to it
                      below; FixtureTests.swift computes the same with Folio's API, and its
                      testEveryFixtureCaseIsChecked fails for a case it does not name.
  format/<name>.npy   Files for NPYTests: one per dtype whose values the test also builds in
                      Swift (to compare bytes with Folio's save), other format versions and
                      dtypes Folio widens, a hand-written header, and the error cases.
  format/<name>.npz   Archives for NPZTests: one from numpy.savez (stored entries with ZIP64
                      local headers) and one from numpy.savez_compressed (deflated entries).

Inputs come from np.random.default_rng(0), so a rerun writes the same bytes. float32 results
are computed in float64 from the float32 inputs and rounded once: the correctly rounded
answer, which Folio must match within its float32 tolerance.
"""
import io
import pathlib

import numpy as np
from numpy.lib import format as npy_format

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "FolioTensorTests" / "Fixtures"
rng = np.random.default_rng(0)
f32, f64, i64 = np.float32, np.float64, np.int64


def save(path, array):
    # C order always: numpy marks a transposed array fortran_order True, which Folio rejects.
    # (Not np.ascontiguousarray, which turns a 0-d result into shape (1,).)
    np.save(path, np.array(array, order="C"))


def case(name, inputs, **outputs):
    """Saves the inputs and expected outputs of one case."""
    for role, array in {**inputs, **outputs}.items():
        save(FIXTURES / f"{name}.{role}.npy", array)


def normal(*shape, dtype=f32):
    return rng.standard_normal(shape).astype(dtype)


def away_from_zero(*shape, dtype=f32):
    """Magnitudes in [0.5, 2) with random signs: safe divisors."""
    return (rng.uniform(0.5, 2, shape) * rng.choice([-1, 1], shape)).astype(dtype)


def positive(*shape, dtype=f32):
    return rng.uniform(0.1, 3, shape).astype(dtype)


def wide(x):
    """float32 inputs are computed on in float64, then the result is rounded back."""
    return x.astype(f64)


def like(result, x):
    return result.astype(x.dtype)


def logsumexp(x, axis, keepdims=False):
    shift = np.max(x, axis=axis, keepdims=True)
    result = shift + np.log(np.sum(np.exp(x - shift), axis=axis, keepdims=True))
    return result if keepdims else np.squeeze(result, axis=axis)


def softmax(x, axis):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def elementwise():
    a, b = normal(3, 1), normal(4)
    case("add_broadcast", dict(a=a, b=b), out=like(wide(a) + wide(b), a))  # a + b
    case("mul_broadcast", dict(a=a, b=b), out=like(wide(a) * wide(b), a))  # a * b
    a, b = normal(2, 1, 4), normal(3, 1)
    case("sub_broadcast", dict(a=a, b=b), out=like(wide(a) - wide(b), a))  # a - b
    b = away_from_zero(3, 1)
    case("div_broadcast", dict(a=a, b=b), out=like(wide(a) / wide(b), a))  # a / b
    a, b = normal(3, 4, dtype=f64), normal(4, dtype=f64)
    case("add_broadcast_f64", dict(a=a, b=b), out=a + b)
    b = away_from_zero(3, 1, dtype=f64)
    case("div_broadcast_f64", dict(a=a, b=b), out=a / b)

    a = normal(3, 4)
    case("add_scalar", dict(a=a), out=like(wide(a) + 2.5, a))  # a + 2.5
    case("rsub_scalar", dict(a=a), out=like(3 - wide(a), a))  # 3 - a
    case("mul_scalar", dict(a=a), out=like(wide(a) * -1.5, a))  # a * -1.5
    d = away_from_zero(3, 4)
    case("rdiv_scalar", dict(a=d), out=like(1 / wide(d), d))  # 1 / a
    case("neg", dict(a=a), out=-a)  # -a

    base, exponent = positive(3, 4), normal(3, 4)
    case("pow", dict(a=base, b=exponent), out=like(wide(base) ** wide(exponent), base))  # a ** b
    case("pow_scalar", dict(a=a), out=like(wide(a) ** 3, a))  # a ** 3
    case("exp", dict(a=a), out=like(np.exp(wide(a)), a))
    case("exp_f64", dict(a=wide(a)), out=np.exp(wide(a)))
    case("log", dict(a=base), out=like(np.log(wide(base)), base))
    case("log_f64", dict(a=wide(base)), out=np.log(wide(base)))
    case("sqrt", dict(a=base), out=like(np.sqrt(wide(base)), base))
    case("abs", dict(a=a), out=np.abs(a))
    with_zeros = a.copy()
    with_zeros[0, :2] = 0
    case("sign", dict(a=with_zeros), out=np.sign(with_zeros))
    case("relu", dict(a=a), out=np.maximum(a, 0))
    case("sigmoid", dict(a=a * 10), out=like(1 / (1 + np.exp(-wide(a * 10))), a))  # wide range: both branches
    case("tanh", dict(a=a), out=like(np.tanh(wide(a)), a))
    case("clamp", dict(a=a), out=np.clip(a, -0.5, 0.5))  # clamp(min: -0.5, max: 0.5)
    b = normal(4)
    case("maximum", dict(a=a, b=b), out=np.maximum(a, b))
    case("minimum", dict(a=a, b=b), out=np.minimum(a, b))


def comparisons():
    a = normal(3, 4)
    b = normal(3, 4)
    b[:, ::2] = a[:, ::2]  # ties, so eq, lt and ge see every outcome
    case("lt", dict(a=a, b=b), out=a < b)
    case("ge", dict(a=a, b=b), out=a >= b)
    case("eq", dict(a=a, b=b), out=a == b)
    case("lt_scalar", dict(a=a), out=a < 0)  # a < 0.0
    c, y = a > 0, normal(4)
    case("where", dict(a=c, b=a, c=y), out=np.where(c, a, y))  # where(a, b, c)


def reductions():
    x = normal(2, 3, 4)
    w = wide(x)
    case("sum_all", dict(a=x), out=like(w.sum(), x))
    case("mean_all", dict(a=x), out=like(w.mean(), x))
    case("sum_dim0", dict(a=x), out=like(w.sum(axis=0), x))  # Folio's leading-dimensions path
    case("sum_dim1", dict(a=x), out=like(w.sum(axis=1), x))
    case("mean_dim1", dict(a=x), out=like(w.mean(axis=1), x))
    case("sum_dims02", dict(a=x), out=like(w.sum(axis=(0, 2)), x))
    case("sum_dims02_keepdim", dict(a=x), out=like(w.sum(axis=(0, 2), keepdims=True), x))
    case("mean_dims02", dict(a=x), out=like(w.mean(axis=(0, 2)), x))
    case("mean_dims02_keepdim", dict(a=x), out=like(w.mean(axis=(0, 2), keepdims=True), x))
    t = normal(4, 3)
    case("sum_transposed_dim1", dict(a=t), out=like(wide(t).T.sum(axis=1), t))  # a.T.sum(dims: [1])
    d = wide(x)
    case("sum_dim1_f64", dict(a=d), out=d.sum(axis=1))
    case("mean_dims02_f64", dict(a=d), out=d.mean(axis=(0, 2)))

    case("max_all", dict(a=x), out=x.max())
    case("min_all", dict(a=x), out=x.min())
    case("max_dim1", dict(a=x), values=x.max(axis=1), indices=x.argmax(axis=1).astype(i64))
    case("min_dim0_keepdim", dict(a=x), values=x.min(axis=0, keepdims=True),
         indices=x.argmin(axis=0, keepdims=True).astype(i64))
    case("argmax_dim2", dict(a=x), out=x.argmax(axis=2).astype(i64))
    case("argmin_dim_neg1", dict(a=x), out=x.argmin(axis=-1).astype(i64))
    case("argmax_flat", dict(a=x), out=np.int64(x.argmax()))
    case("max_dims02", dict(a=x), out=x.max(axis=(0, 2)))  # max(dims: [0, 2]), values only

    case("var_all", dict(a=x), out=like(w.var(ddof=1), x))
    case("var_dim1", dict(a=x), out=like(w.var(axis=1, ddof=1), x))
    case("std_dim1", dict(a=x), out=like(w.std(axis=1, ddof=1), x))
    case("std_dims02_keepdim", dict(a=x), out=like(w.std(axis=(0, 2), ddof=1, keepdims=True), x))
    case("var_dim0_f64", dict(a=d), out=d.var(axis=0, ddof=1))

    big = x * 40  # exp overflows float32 beyond 88: only a shifted formula survives
    case("logsumexp_dim1", dict(a=big), out=like(logsumexp(wide(big), 1), x))
    case("logsumexp_dims02_keepdim", dict(a=x), out=like(logsumexp(w, (0, 2), keepdims=True), x))
    case("logsumexp_dim_neg1_f64", dict(a=d * 40), out=logsumexp(d * 40, -1))
    for dim, label in [(0, "dim0"), (-1, "dim_neg1")]:
        case(f"softmax_{label}", dict(a=big), out=like(softmax(wide(big), dim), x))
        case(f"log_softmax_{label}", dict(a=big), out=like(wide(big) - logsumexp(wide(big), dim, keepdims=True), x))
    case("softmax_dim1_f64", dict(a=d), out=softmax(d, 1))

    case("norm_all", dict(a=x), out=like(np.sqrt((w * w).sum()), x))
    case("norm_dim1", dict(a=x), out=like(np.linalg.norm(w, axis=1), x))
    case("cumsum_dim1", dict(a=x), out=like(np.cumsum(w, axis=1), x))
    case("cumsum_dim0_f64", dict(a=d), out=np.cumsum(d, axis=0))


def integers():
    a, b = rng.integers(-50, 50, (3, 4)), rng.integers(-50, 50, (4,))
    case("add_int64", dict(a=a, b=b), out=a + b)
    case("mul_int64", dict(a=a, b=b), out=a * b)
    case("add_scalar_int64", dict(a=a), out=a + 7)  # a + 7 (an Int, so it stays int64)
    case("sum_all_int64", dict(a=a), out=a.sum())
    case("sum_dim0_int64", dict(a=a), out=a.sum(axis=0))
    case("cumsum_dim1_int64", dict(a=a), out=np.cumsum(a, axis=1))
    case("max_dim1_int64", dict(a=a), values=a.max(axis=1), indices=a.argmax(axis=1))


def products():
    def matmul(name, a, b):
        case(name, dict(a=a, b=b), out=like(wide(a) @ wide(b), a))

    matmul("matmul_1d_1d", normal(4), normal(4))
    matmul("matmul_2d_1d", normal(3, 4), normal(4))
    matmul("matmul_1d_2d", normal(3), normal(3, 4))
    matmul("matmul_2d_2d", normal(3, 4), normal(4, 5))
    matmul("matmul_batched", normal(2, 3, 4), normal(2, 4, 5))
    matmul("matmul_broadcast", normal(2, 3, 4), normal(4, 5))
    matmul("matmul_2d_2d_f64", normal(3, 4, dtype=f64), normal(4, 5, dtype=f64))
    a, b = normal(4, 3), normal(4, 5)
    case("matmul_transposed", dict(a=a, b=b), out=like(wide(a).T @ wide(b), a))  # a.T @ b
    a, b = normal(2, 4, 3), normal(2, 4, 5)
    case("matmul_batched_transposed", dict(a=a, b=b), out=like(np.swapaxes(wide(a), 1, 2) @ wide(b), a))  # a.transpose(1, 2) @ b


def views():
    x, y = normal(3, 4), normal(2, 3, 4)
    case("transpose", dict(a=x), out=x.T)  # a.transpose(0, 1)
    case("permute", dict(a=y), out=np.transpose(y, (2, 0, 1)))
    case("slice_step", dict(a=y), out=y[:, ::2, 1::2])  # slice dim 1 by 2, then dim 2 from 1 by 2
    case("slice_negative_bounds", dict(a=x), out=x[:, -3:-1])  # slice(dim: 1, start: -3, end: -1)
    e = normal(3, 1)
    case("expand", dict(a=e), out=np.broadcast_to(e, (2, 3, 4)))  # a.expand([2, 3, 4])
    a, b = normal(4, 3), normal(3, 4)
    case("add_transposed", dict(a=a, b=b), out=like(wide(a).T + wide(b), a))  # a.T + b
    case("mul_expanded", dict(a=e, b=x), out=like(wide(np.broadcast_to(e, (3, 4))) * wide(x), x))  # a.expand([3, 4]) * b


def formats():
    """The files NPYTests reads; their values are simple enough to write again in Swift."""
    out = FIXTURES / "format"
    out.mkdir(exist_ok=True)
    save(out / "float32.npy", np.arange(12, dtype=f32).reshape(3, 4) / 4 - 1)
    save(out / "float64.npy", np.array([[0.1, -2.5, 1e300], [np.inf, -0.0, 3]], dtype=f64))
    save(out / "int64.npy", np.array([[-3, 0, 7], [2**40, -1, 5]], dtype=i64))
    save(out / "bool.npy", np.array([True, False, True, True]))
    save(out / "scalar.npy", np.array(2.5, dtype=f32))
    save(out / "empty.npy", np.zeros((0, 3), dtype=f32))
    # The one shape here whose header is already a multiple of 64 bytes, where numpy pads a
    # full 64 spaces more; it holds no elements.
    save(out / "aligned_header.npy", np.zeros((0, 0, 0, 0, 0, 0, 0, 100, 1000, 1000, 1000), dtype=f32))
    save(out / "int32.npy", np.array([[-2, 2**31 - 1], [-(2**31), 9]], dtype=np.int32))
    save(out / "uint8.npy", np.array([0, 7, 255], dtype=np.uint8))
    for version in [(2, 0), (3, 0)]:
        with open(out / f"version{version[0]}.npy", "wb") as f:
            npy_format.write_array(f, np.arange(6, dtype=f64).reshape(2, 3), version=version)
    # Another writer's spacing: double quotes, other key order, no trailing comma.
    header = b'{"shape":( 2 ,) ,"fortran_order" : False,"descr":"<f8"}'
    header += b" " * (64 - (10 + len(header) + 1) % 64) + b"\n"
    data = np.array([1.5, -4.0], dtype=f64).tobytes()
    (out / "spaced_header.npy").write_bytes(b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + data)
    assert np.array_equal(np.load(out / "spaced_header.npy"), [1.5, -4.0])
    buffer = io.BytesIO()
    np.save(buffer, np.asfortranarray(np.arange(6, dtype=f32).reshape(2, 3)))
    (out / "fortran.npy").write_bytes(buffer.getvalue())
    save(out / "complex64.npy", np.array([1 + 2j], dtype=np.complex64))
    save(out / "big_endian.npy", np.array([1, 2], dtype=">f4"))
    np.savez(out / "stored.npz", **{"0.weight": np.arange(6, dtype=f32).reshape(2, 3) / 4, "0.bias": np.array([1.5, -2.0])})
    np.savez_compressed(out / "deflated.npz", counts=np.arange(10, dtype=i64), flags=np.array([True, False]))


def main():
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for old in FIXTURES.rglob("*.npy"):
        old.unlink()
    elementwise()
    comparisons()
    reductions()
    integers()
    products()
    views()
    formats()
    files = list(FIXTURES.rglob("*.npy"))
    print(f"wrote {len(files)} files, {sum(f.stat().st_size for f in files)} bytes, to {FIXTURES.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
