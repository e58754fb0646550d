"""cmath for stmj: the complex functions of CPython's cmathmodule.c, ported formula by formula for finite
arguments (the same scalings near overflow and underflow, the same branch cuts and signed zeros), on top of math.
Not ported: the C99 special-value tables for infinite and NaN parts (those arguments go through the same formulas,
so some answers differ from CPython's, and some raise where CPython returns a value)."""
import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
infj = complex(0.0, _m.inf)
nan = _m.nan
nanj = complex(0.0, _m.nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684


def _c(x):
    if isinstance(x, complex):
        return x
    if isinstance(x, (str, bytes, bytearray)) or not (hasattr(type(x), '__complex__') or hasattr(type(x), '__float__')
                                                     or hasattr(type(x), '__index__')):
        raise TypeError("must be real number, not %s" % type(x).__name__)
    return complex(x)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _result(re, im):
    if not (_m.isfinite(re) and _m.isfinite(im)):
        raise OverflowError("math range error")
    return complex(re, im)


def _sqrt(z):
    if z.real == 0. and z.imag == 0.:
        return complex(0., z.imag)
    ax, ay = abs(z.real), abs(z.imag)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.
        s = 2. * _m.sqrt(ax + _m.hypot(ax, ay / 8.))
    d = ay / (2. * s)
    if z.real >= 0.:
        return complex(s, _m.copysign(d, z.imag))
    return complex(d, _m.copysign(s, z.imag))


def sqrt(z):
    """Return the square root of z."""
    return _sqrt(_c(z))


def exp(z):
    """Return the exponential value e**z."""
    z = _c(z)
    if z.real > _LOG_LARGE:
        l = _m.exp(z.real - 1.)
        return _result(l * _m.cos(z.imag) * _m.e, l * _m.sin(z.imag) * _m.e)
    l = _m.exp(z.real)
    return _result(l * _m.cos(z.imag), l * _m.sin(z.imag))


def _log(z):
    ax, ay = abs(z.real), abs(z.imag)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2., ay / 2.)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0. or ay > 0.:
            re = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2.
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(z.imag, z.real))


def log(x, base=None):
    """log(z[, base]) -> the logarithm of z to the given base (natural logarithm without a base)."""
    r = _log(_c(x))
    if base is not None:
        b = _log(_c(base))
        if b == 0:
            raise ZeroDivisionError("complex division by zero")
        r = r / b
    return r


def log10(z):
    """Return the base-10 logarithm of z."""
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def phase(z):
    """Return argument, also known as the phase angle, of a complex."""
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    """Convert a complex from rectangular coordinates to polar coordinates (r, phi)."""
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise OverflowError("math range error")
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi):
    """Convert from polar coordinates to rectangular coordinates."""
    r, phi = float(r), float(phi)
    if _m.isfinite(r) and _m.isfinite(phi):
        if phi == 0.:
            return complex(r, r * phi)
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if _m.isinf(phi):
        raise ValueError("math domain error")
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def acos(z):
    """Return the arc cosine of z."""
    z = _c(z)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        re = _m.atan2(abs(z.imag), z.real)
        l = _m.log(_m.hypot(z.real / 2., z.imag / 2.)) + _LN2 * 2.
        im = -_m.copysign(l, z.imag) if z.real < 0 else _m.copysign(l, -z.imag)
        return complex(re, im)
    s1 = _sqrt(complex(1. - z.real, -z.imag))
    s2 = _sqrt(complex(1. + z.real, z.imag))
    return complex(2. * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def asinh(z):
    """Return the inverse hyperbolic sine of z."""
    z = _c(z)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        l = _m.log(_m.hypot(z.real / 2., z.imag / 2.)) + _LN2 * 2.
        re = _m.copysign(l, z.real) if z.imag >= 0. else -_m.copysign(l, -z.real)
        return complex(re, _m.atan2(z.imag, abs(z.real)))
    s1 = _sqrt(complex(1. + z.imag, -z.real))
    s2 = _sqrt(complex(1. - z.imag, z.real))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    """Return the arc sine of z."""
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acosh(z):
    """Return the inverse hyperbolic cosine of z."""
    z = _c(z)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        return complex(_m.log(_m.hypot(z.real / 2., z.imag / 2.)) + _LN2 * 2., _m.atan2(z.imag, z.real))
    s1 = _sqrt(complex(z.real - 1., z.imag))
    s2 = _sqrt(complex(z.real + 1., z.imag))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2. * _m.atan2(s1.imag, s2.real))


def atanh(z):
    """Return the inverse hyperbolic tangent of z."""
    z = _c(z)
    if z.real < 0.:
        r = atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    ay = abs(z.imag)
    if z.real > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(z.real / 2., z.imag / 2.)
        return complex(z.real / 4. / h / h, -_m.copysign(_m.pi / 2., -z.imag))
    if z.real == 1. and ay < _SQRT_DBL_MIN:
        if ay == 0.:
            raise ValueError("math domain error")
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.))), _m.copysign(_m.atan2(2., -ay) / 2, z.imag))
    return complex(_m.log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.,
                   -_m.atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.)


def atan(z):
    """Return the arc tangent of z."""
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cosh(z):
    """Return the hyperbolic cosine of z."""
    z = _c(z)
    if abs(z.real) > _LOG_LARGE:
        x1 = z.real - _m.copysign(1., z.real)
        return _result(_m.cos(z.imag) * _m.cosh(x1) * _m.e, _m.sin(z.imag) * _m.sinh(x1) * _m.e)
    return _result(_m.cos(z.imag) * _m.cosh(z.real), _m.sin(z.imag) * _m.sinh(z.real))


def sinh(z):
    """Return the hyperbolic sine of z."""
    z = _c(z)
    if abs(z.real) > _LOG_LARGE:
        x1 = z.real - _m.copysign(1., z.real)
        return _result(_m.cos(z.imag) * _m.sinh(x1) * _m.e, _m.sin(z.imag) * _m.cosh(x1) * _m.e)
    return _result(_m.cos(z.imag) * _m.sinh(z.real), _m.sin(z.imag) * _m.cosh(z.real))


def tanh(z):
    """Return the hyperbolic tangent of z."""
    z = _c(z)
    if abs(z.real) > _LOG_LARGE:
        return complex(_m.copysign(1., z.real), 4. * _m.sin(z.imag) * _m.cos(z.imag) * _m.exp(-2. * abs(z.real)))
    tx = _m.tanh(z.real)
    ty = _m.tan(z.imag)
    cx = 1. / _m.cosh(z.real)
    txty = tx * ty
    denom = 1. + txty * txty
    return complex(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cos(z):
    """Return the cosine of z."""
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def sin(z):
    """Return the sine of z."""
    z = _c(z)
    s = sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def tan(z):
    """Return the tangent of z."""
    z = _c(z)
    s = tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def isfinite(z):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    return _finite(_c(z))


def isinf(z):
    """Checks if the real or imaginary part of z is infinite."""
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a, b = _c(a), _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if _m.isinf(a.real) or _m.isinf(a.imag) or _m.isinf(b.real) or _m.isinf(b.imag):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
