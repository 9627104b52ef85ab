// jsvm: `node:punycode` (deprecated, DEP0040): Punycode as RFC 3492
// defines it (our own implementation of its algorithm, section 6), with
// the API and errors of the punycode.js 2.1.0 that Node bundles. Body of a
// function (module, exports, internals, require).
'use strict';

// RFC 3492, section 5: the parameters for IDNA.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7fffffff;

const messages = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};
const fail = (kind) => { throw new RangeError(messages[kind]); };

// Section 6.1.
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

const threshold = (k, bias) => {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
};

// a-z (or A-Z) are 0-25, 0-9 are 26-35; anything else is not a digit.
function digitOf(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}
const letterOf = (digit) => String.fromCharCode(digit < 26 ? digit + 0x61 : digit - 26 + 0x30);

// The code points of a string; a lone surrogate stays a code unit.
function codePoints(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const fromCodePoints = (points) => String.fromCodePoint(...points);

// Section 6.2: Punycode to Unicode.
function decode(input) {
  const output = [];
  const delimiter = input.lastIndexOf('-');
  const basicEnd = delimiter < 0 ? 0 : delimiter;
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('not-basic');
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let at = basicEnd > 0 ? basicEnd + 1 : 0; at < input.length;) {
    const before = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (at >= input.length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(at++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - before, length, before === 0);
    if (Math.floor(i / length) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / length);
    i %= length;
    output.splice(i, 0, n);
    i++;
  }
  return fromCodePoints(output);
}

// Section 6.3: Unicode to Punycode.
function encode(input) {
  const points = codePoints(input);
  let out = '';
  for (const c of points) if (c < 0x80) out += String.fromCharCode(c);
  const basicCount = out.length;
  let handled = basicCount;
  if (basicCount > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    let m = MAX_INT;
    for (const c of points) if (c >= n && c < m) m = c;
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n && ++delta > MAX_INT) fail('overflow');
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += letterOf(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += letterOf(q);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

// A domain name (or the domain of an email address) label by label.
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let result = '';
  if (at.length > 1) {
    result = `${at[0]}@`;
    domain = at[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return result + labels.map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7f]/.test(label) ? `xn--${encode(label)}` : label));
}

function toUnicode(input) {
  return mapDomain(input, (label) =>
    (label.startsWith('xn--') ? decode(label.slice(4).toLowerCase()) : label));
}

// Node warns once, when the module is first loaded, unless the code that
// loads it is inside a node_modules folder.
function loadedFromNodeModules() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const stack = `${new Error().stack}`;
  Error.stackTraceLimit = limit;
  for (const line of stack.split('\n').slice(1)) {
    const m = /\((.*):\d+:\d+\)$/.exec(line) || /at (.*):\d+:\d+$/.exec(line);
    if (!m || m[1].startsWith('node:')) continue;
    return /\/node_modules\//.test(m[1]);
  }
  return false;
}
if (!loadedFromNodeModules()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: codePoints, encode: fromCodePoints },
  decode,
  encode,
  toASCII,
  toUnicode,
};
