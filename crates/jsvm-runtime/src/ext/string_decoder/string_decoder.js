// jsvm: `node:string_decoder`. Decodes a stream of byte chunks into
// strings, keeping the bytes of a character split across chunks until the
// rest arrives (utf8, utf16le, base64, base64url); the other encodings
// decode each chunk alone. Body of a function (module, exports, internals,
// require).
'use strict';

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

function canonicalEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const canonical = require('internal/util').normalizeEncoding(enc);
  if (canonical === undefined) throw ERR_UNKNOWN_ENCODING(enc);
  return canonical;
}

// How many bytes the UTF-8 sequence led by `b` has: 1 for ASCII, 2-4 for a
// lead byte, 0 for a continuation byte, -1 for a byte that never starts one.
function utf8SequenceLength(b) {
  if (b < 0x80) return 1;
  if (b < 0xc0) return 0;
  if (b < 0xe0) return 2;
  if (b < 0xf0) return 3;
  if (b < 0xf8) return 4;
  return -1;
}

// UTF-16LE code units as they are: a lone surrogate stays one (Node's
// decoder keeps them; the byte decoder of buffer.js cannot yet).
function utf16Units(buf, start, end) {
  let out = '';
  const units = [];
  for (let i = start; i + 1 < end; i += 2) {
    units.push(buf[i] | (buf[i + 1] << 8));
    if (units.length === 4096) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

const kState = Symbol('kStringDecoderState');

function asBuffer(buf) {
  if (Buffer.isBuffer(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = canonicalEncoding(encoding);
    Object.defineProperty(this, kState, {
      value: { char: Buffer.alloc(4), need: 0, total: 0 },
      enumerable: false,
    });
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    buf = asBuffer(buf);
    if (buf.length === 0) return '';
    const st = this[kState];
    let head = '';
    let from = 0;
    if (st.need > 0) {
      const filled = this.#fill(buf);
      if (filled === undefined) return '';
      head = filled;
      from = st.need;
      st.need = 0;
    }
    return from < buf.length ? head + this.text(buf, from) : head;
  }

  end(buf) {
    let out = '';
    if (buf !== undefined && buf !== null) {
      if (typeof buf === 'string') return buf;
      if (asBuffer(buf).length > 0) out = this.write(buf);
    }
    const st = this[kState];
    if (st.need > 0) {
      const have = st.total - st.need;
      st.need = 0;
      st.total = 0;
      switch (this.encoding) {
        case 'utf8': out += '\ufffd'; break;
        case 'utf16le': out += utf16Units(st.char, 0, have); break;
        default: out += st.char.toString(this.encoding, 0, have);
      }
    }
    return out;
  }

  // The text of buf[from..], holding back an unfinished character.
  text(buf, from = 0) {
    buf = asBuffer(buf);
    const st = this[kState];
    const enc = this.encoding;
    const len = buf.length;
    if (enc === 'utf8') {
      const total = this.#utf8Tail(buf, from);
      if (st.need === 0) return buf.toString('utf8', from);
      st.total = total;
      const end = len - (total - st.need);
      buf.copy(st.char, 0, end);
      return buf.toString('utf8', from, end);
    }
    if (enc === 'utf16le') {
      if ((len - from) % 2 === 1) {
        st.need = 1;
        st.total = 2;
        st.char[0] = buf[len - 1];
        return utf16Units(buf, from, len - 1);
      }
      const s = utf16Units(buf, from, len);
      const last = s.charCodeAt(s.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        st.need = 2;
        st.total = 4;
        st.char[0] = buf[len - 2];
        st.char[1] = buf[len - 1];
        return s.slice(0, -1);
      }
      return s;
    }
    if (enc === 'base64' || enc === 'base64url') {
      const rest = (len - from) % 3;
      if (rest === 0) return buf.toString(enc, from);
      st.need = 3 - rest;
      st.total = 3;
      buf.copy(st.char, 0, len - rest);
      return buf.toString(enc, from, len - rest);
    }
    return buf.toString(enc, from);
  }

  // Completes the held character with the first bytes of buf: its text,
  // or undefined when buf was not enough (the bytes are held).
  #fill(buf) {
    const st = this[kState];
    const at = st.total - st.need;
    if (this.encoding === 'utf8') {
      // A byte that cannot continue the character ends it as U+FFFD;
      // decoding goes on from that byte.
      for (let i = 0; i < Math.min(st.need, buf.length, 3); i++) {
        if ((buf[i] & 0xc0) !== 0x80) {
          st.need = i;
          return '\ufffd';
        }
      }
    }
    if (st.need <= buf.length) {
      buf.copy(st.char, at, 0, st.need);
      if (this.encoding === 'utf16le') return utf16Units(st.char, 0, st.total);
      return st.char.toString(this.encoding, 0, st.total);
    }
    buf.copy(st.char, at, 0, buf.length);
    st.need -= buf.length;
    return undefined;
  }

  // Looks at the last three bytes of buf[from..] for a character that
  // is not finished: sets `need` (0 if none) and returns its length.
  #utf8Tail(buf, from) {
    const st = this[kState];
    st.need = 0;
    for (let back = 1; back <= 3; back++) {
      const i = buf.length - back;
      if (i < from) return 0;
      const n = utf8SequenceLength(buf[i]);
      if (n === -1) return 0;
      if (n === 0) continue;
      if (n > back) {
        st.need = n - back;
        return n;
      }
      return 0;
    }
    return 0;
  }

  get lastChar() { return this[kState].char; }
  get lastNeed() { return this[kState].need; }
  get lastTotal() { return this[kState].total; }
}

module.exports = { StringDecoder };
