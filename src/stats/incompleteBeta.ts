import {logGamma} from "./logGamma";

/**
 * The regularized incomplete beta function I_x(a, b). `y` is 1 − x, passed apart so that callers who know it
 * exactly (t tails: x = ν/(ν+t²), y = t²/(ν+t²)) lose nothing to cancellation near x = 1.
 */
export function incompleteBeta(x: number, a: number, b: number, y = 1 - x): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  // The continued fraction converges fast only left of the mean: use the symmetry I_x(a,b) = 1 − I_y(b,a).
  if (x > (a + 1) / (a + b + 2)) return 1 - front(y, b, a, x) * fraction(y, b, a);
  return front(x, a, b, y) * fraction(x, a, b);
}

/** 1 − I_x(a, b), without cancellation where it is small. */
export function incompleteBetaComplement(x: number, a: number, b: number, y = 1 - x): number {
  return incompleteBeta(y, b, a, x);
}

function front(x: number, a: number, b: number, y: number): number {
  return Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b)) / a;
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

// Lentz's method for the continued fraction of I_x(a, b) (Numerical Recipes, betacf).
function fraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) return h;
  }
  return h;
}
