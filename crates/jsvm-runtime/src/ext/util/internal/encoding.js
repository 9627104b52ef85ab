// jsvm: TextEncoder and TextDecoder (the globals, and node:util's), as the
// WHATWG Encoding Standard defines them for UTF-8, UTF-16LE and
// windows-1252 (the decoder of the `latin1`/`ascii` labels): streaming
// (`stream: true` keeps a split character), `fatal`, `ignoreBOM`.
// Body of a function (module, exports, internals, require).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
  makeNodeError, validateString,
} = require('internal/errors');
const types = require('internal/types');
const bufferBinding = internals.buffer;
const inspect = (...args) => require('internal/inspect').inspect(...args);
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// The labels of the Encoding Standard for the encodings we decode.
const labels = new Map();
for (const [name, list] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
    'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const label of list) labels.set(label, name);
}

// windows-1252 bytes 0x80-0x9f (the others are their own code points).
const cp1252 = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030,
  0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
  0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

function validateOptions(options) {
  if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

// Code units are collected and turned into a string in blocks.
class Output {
  constructor() {
    this.text = '';
    this.units = [];
  }
  push(unit) {
    this.units.push(unit);
    if (this.units.length >= 8192) this.flush();
  }
  pushCodePoint(cp) {
    if (cp > 0xffff) {
      cp -= 0x10000;
      this.push(0xd800 + (cp >> 10));
      this.push(0xdc00 + (cp & 0x3ff));
    } else {
      this.push(cp);
    }
  }
  flush() {
    this.text += String.fromCharCode(...this.units);
    this.units.length = 0;
  }
  append(text) {
    this.flush();
    this.text += text;
  }
  string() {
    this.flush();
    return this.text;
  }
}

// The UTF-8 decoder of the Encoding Standard. `error()` returns false to
// stop (fatal) or true after writing U+FFFD.
class Utf8State {
  constructor() { this.reset(); }
  reset() {
    this.needed = 0;
    this.seen = 0;
    this.cp = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
  }
  run(bytes, out, error, flush) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (this.needed === 0) {
        if (b < 0x80) out.push(b);
        else if (b >= 0xc2 && b <= 0xdf) {
          this.needed = 1;
          this.cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) this.lower = 0xa0;
          if (b === 0xed) this.upper = 0x9f;
          this.needed = 2;
          this.cp = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) this.lower = 0x90;
          if (b === 0xf4) this.upper = 0x8f;
          this.needed = 3;
          this.cp = b & 0x7;
        } else if (!error()) {
          return false;
        }
        continue;
      }
      if (b < this.lower || b > this.upper) {
        this.reset();
        if (!error()) return false;
        i--; // The byte starts over.
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xbf;
      this.cp = (this.cp << 6) | (b & 0x3f);
      if (++this.seen === this.needed) {
        out.pushCodePoint(this.cp);
        this.reset();
      }
    }
    if (flush && this.needed !== 0) {
      this.reset();
      if (!error()) return false;
    }
    return true;
  }
}

// The UTF-16LE decoder of the Encoding Standard.
class Utf16State {
  constructor() { this.reset(); }
  reset() {
    this.leadByte = -1;
    this.leadSurrogate = -1;
  }
  run(bytes, out, error, flush) {
    for (let i = 0; i < bytes.length; i++) {
      if (this.leadByte === -1) {
        this.leadByte = bytes[i];
        continue;
      }
      const unit = this.leadByte | (bytes[i] << 8);
      this.leadByte = -1;
      if (this.leadSurrogate !== -1) {
        const lead = this.leadSurrogate;
        this.leadSurrogate = -1;
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          out.push(lead);
          out.push(unit);
          continue;
        }
        if (!error()) return false;
        // The unit is read again on its own.
      }
      if (unit >= 0xd800 && unit <= 0xdbff) this.leadSurrogate = unit;
      else if (unit >= 0xdc00 && unit <= 0xdfff) {
        if (!error()) return false;
      } else {
        out.push(unit);
      }
    }
    if (flush && (this.leadByte !== -1 || this.leadSurrogate !== -1)) {
      this.reset();
      if (!error()) return false;
    }
    return true;
  }
}

class Cp1252State {
  reset() {}
  run(bytes, out) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      out.push(b >= 0x80 && b < 0xa0 ? cp1252[b - 0x80] : b);
    }
    return true;
  }
}

// How many bytes at the end of bytes[from..] begin a UTF-8 character
// that is not finished (and could still be).
function incompleteTail(bytes, from) {
  const len = bytes.length;
  for (let k = 1; k <= 3 && len - k >= from; k++) {
    const b = bytes[len - k];
    if (b >= 0x80 && b <= 0xbf) continue;
    const needed = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 :
      b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (needed < k) return 0;
    if (k >= 2) {
      const second = bytes[len - k + 1];
      const lower = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const upper = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (second < lower || second > upper) return 0;
    }
    return k;
  }
  return 0;
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Node's decoders word a wrong input in three ways.
function bytesOf(input, encoding, stream) {
  if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (encoding === 'windows-1252' || (encoding === 'utf-8' && stream)) {
    throw ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
  }
  const name = encoding === 'utf-8' ? 'list' : 'input';
  throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an ` +
    'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #state;
  #streaming = false;
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateOptions(options);
    const name = labels.get(encoding.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
    if (name === undefined) {
      throw makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED',
        `The "${encoding}" encoding is not supported`);
    }
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    this.#state = name === 'utf-8' ? new Utf8State() :
      name === 'utf-16le' ? new Utf16State() : new Cp1252State();
  }

  decode(input = new Uint8Array(0), options = {}) {
    const stream = typeof options === 'object' && Boolean(options?.stream);
    const bytes = bytesOf(input, this.#encoding, stream);
    validateOptions(options);
    if (!this.#streaming) {
      this.#state.reset();
      this.#bomSeen = false;
    }
    this.#streaming = stream;
    let text;
    if (this.#encoding === 'windows-1252') {
      text = bufferBinding.decode(bytes, 'latin1').replace(/[\x80-\x9f]/g,
        (c) => String.fromCharCode(cp1252[c.charCodeAt(0) - 0x80]));
    } else {
      const out = new Output();
      const fatal = this.#fatal;
      const error = () => {
        if (fatal) return false;
        out.push(0xfffd);
        return true;
      };
      const fail = () => {
        this.#state.reset();
        this.#streaming = false;
        throw makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
          `The encoded data was not valid for encoding ${this.#encoding}`);
      };
      if (this.#encoding === 'utf-8') {
        text = this.#utf8(bytes, stream, out, error, fail);
      } else {
        if (!this.#state.run(bytes, out, error, !stream)) fail();
        text = out.string();
      }
    }
    if (this.#encoding !== 'windows-1252' && !this.#bomSeen && text.length > 0) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }

  // UTF-8: the state machine finishes a character left from the last
  // call and holds one the input ends in; the native decoder (whose
  // replacements are the standard's) does the bytes between.
  #utf8(bytes, stream, out, error, fail) {
    const st = this.#state;
    let at = 0;
    while (at < bytes.length && st.needed !== 0) {
      if (!st.run(bytes.subarray(at, at + 1), out, error, false)) fail();
      at++;
    }
    const end = stream ? bytes.length - incompleteTail(bytes, at) : bytes.length;
    if (at < end) {
      const middle = bytes.subarray(at, end);
      const text = bufferBinding.decode(middle, 'utf8');
      if (this.#fatal && text.includes('\ufffd') &&
          !sameBytes(bufferBinding.encode(text, 'utf8'), middle)) {
        fail();
      }
      out.append(text);
    }
    if (!st.run(bytes.subarray(end), out, error, !stream)) fail();
    return out.string();
  }

  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `TextDecoder ${inspect({
      encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM,
    }, options)}`;
  }
}

class TextEncoder {
  get encoding() { return 'utf-8'; }

  encode(input = '') {
    return new Uint8Array(bufferBinding.encode(`${input}`.toWellFormed(), 'utf8'));
  }

  // Whole characters only, while they fit.
  encodeInto(src, dest) {
    validateString(src, 'src');
    if (!types.isUint8Array(dest)) throw ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    let read = 0;
    let written = 0;
    const room = dest.length;
    while (read < src.length) {
      let cp = src.charCodeAt(read);
      let units = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && read + 1 < src.length) {
        const next = src.charCodeAt(read + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          units = 2;
        }
      }
      if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + n > room) break;
      if (n === 1) {
        dest[written] = cp;
      } else if (n === 2) {
        dest[written] = 0xc0 | (cp >> 6);
        dest[written + 1] = 0x80 | (cp & 0x3f);
      } else if (n === 3) {
        dest[written] = 0xe0 | (cp >> 12);
        dest[written + 1] = 0x80 | ((cp >> 6) & 0x3f);
        dest[written + 2] = 0x80 | (cp & 0x3f);
      } else {
        dest[written] = 0xf0 | (cp >> 18);
        dest[written + 1] = 0x80 | ((cp >> 12) & 0x3f);
        dest[written + 2] = 0x80 | ((cp >> 6) & 0x3f);
        dest[written + 3] = 0x80 | (cp & 0x3f);
      }
      written += n;
      read += units;
    }
    return { read, written };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspect({ encoding: 'utf-8' }, options);
  }
}

module.exports = { TextDecoder, TextEncoder };
