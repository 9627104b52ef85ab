// jsvm: `node:querystring`, with Node 26's rules: `+` is a space when
// parsing, percent-escapes that do not decode as UTF-8 fall back to a
// byte-wise decoding, repeated keys make arrays, `maxKeys` (1000 by
// default) limits the pairs read. Body of a function (module, exports,
// internals, require).
'use strict';

const { makeNodeError } = require('internal/errors');

const hexValue = (c) => {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  c |= 0x20;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
};

// The bytes of s with its %XX escapes decoded (and `+` as a space when
// decodeSpaces); anything else, UTF-8 encoded.
function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const src = Buffer.from(`${s}`);
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === 0x2b && decodeSpaces) {
      out[n++] = 0x20;
    } else if (c === 0x25 && i + 2 < src.length &&
               hexValue(src[i + 1]) >= 0 && hexValue(src[i + 2]) >= 0) {
      out[n++] = hexValue(src[i + 1]) * 16 + hexValue(src[i + 2]);
      i += 2;
    } else {
      out[n++] = c;
    }
  }
  return out.subarray(0, n);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    throw makeNodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
  }
}

function primitiveText(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  // With the default encoder, numbers below 1e21 need no escaping.
  const convert = encode === escape ? (v) => {
    if (typeof v === 'string') return v.length ? escape(v) : '';
    if (typeof v === 'number' && Number.isFinite(v)) {
      return Math.abs(v) < 1e21 ? `${v}` : escape(`${v}`);
    }
    return primitiveText(v);
  } : (v) => encode(primitiveText(v));
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const key = convert(k) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; j++) {
        if (fields) fields += sep;
        fields += key + convert(v[j]);
      }
    } else {
      if (fields) fields += sep;
      fields += key + convert(v);
    }
  }
  return fields;
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = maxKeys > 0 ? maxKeys : Infinity;
  const custom = options && typeof options.decodeURIComponent === 'function' &&
    options.decodeURIComponent !== unescape ? options.decodeURIComponent : undefined;
  const decode = (s) => {
    if (custom === undefined && !s.includes('%')) return s;
    try {
      return (custom ?? unescape)(s, true);
    } catch {
      return unescape(s, true);
    }
  };
  let pairs = 0;
  let start = 0;
  while (start <= qs.length && pairs < limit) {
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    const pair = qs.slice(start, end);
    start = end + sep.length;
    if (pair.length === 0) {
      if (end === qs.length) break;
      continue;
    }
    pairs++;
    const at = pair.indexOf(eq);
    const rawKey = at === -1 ? pair : pair.slice(0, at);
    const rawValue = at === -1 ? '' : pair.slice(at + eq.length);
    const key = decode(rawKey.replaceAll('+', ' '));
    const value = decode(rawValue.replaceAll('+', ' '));
    const prev = obj[key];
    if (prev === undefined) obj[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else obj[key] = [prev, value];
    if (end === qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
