// jsvm: `node:buffer`'s Buffer, a Uint8Array subclass, as Node 26 has it.
// The byte encodings are native (src/encoding.rs).
// Body of a function (module, exports, internals, require).
'use strict';

const native = internals.buffer;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  makeNodeError,
  validateNumber,
} = require('internal/errors');
// internal/inspect is large: loaded when first needed.
const inspect = (...args) => require('internal/inspect').inspect(...args);

const kMaxLength = 2 ** 53 - 1;
const INSPECT_MAX_BYTES = 50;

const ERR_UNKNOWN_ENCODING = (enc) =>
  makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
const ERR_BUFFER_OUT_OF_BOUNDS = (name) => makeNodeError(
  RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
  name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return require('internal/util').normalizeEncoding(enc);
}

function encodingOf(enc) {
  const e = normalizeEncoding(enc);
  if (e === undefined) throw ERR_UNKNOWN_ENCODING(enc);
  return e;
}

class FastBuffer extends Uint8Array {}

// Buffer(arg, encodingOrOffset, length): the deprecated call form.
function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function fromBytes(u8) {
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
}

function fromString(string, encoding) {
  return fromBytes(native.encode(string, encodingOf(encoding)));
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer ||
        (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
      const offset = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
      if (offset > value.byteLength) throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
      const len = length === undefined ? value.byteLength - offset : +length || 0;
      if (offset + len > value.byteLength) throw ERR_BUFFER_OUT_OF_BOUNDS('length');
      return new FastBuffer(value, offset, len);
    }
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return Buffer.from(valueOf, encodingOrOffset, length);
    }
    if (ArrayBuffer.isView(value) || Array.isArray(value) || typeof value.length === 'number') {
      const b = new FastBuffer(value.length >>> 0);
      for (let i = 0; i < b.length; i++) b[i] = value[i];
      return b;
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.of = function of(...items) {
  return Buffer.from(items);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset = 0, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const end = length === undefined ? view.length : offset + length;
  const part = view.subarray(offset, end);
  return fromBytes(new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength)));
};

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const b = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) b.fill(fill, encoding);
  return b;
};
Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};
Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer) return string.byteLength;
    throw ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  return native.encode(string, normalizeEncoding(encoding) || 'utf8').length;
};

function validateBufferish(b, name) {
  if (!(b instanceof Uint8Array)) {
    throw ERR_INVALID_ARG_TYPE(name, ['Buffer', 'Uint8Array'], b);
  }
}

function compareBytes(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

Buffer.compare = function compare(a, b) {
  validateBufferish(a, 'buf1');
  validateBufferish(b, 'buf2');
  return compareBytes(a, b);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  for (let i = 0; i < list.length; i++) validateBufferish(list[i], `list[${i}]`);
  if (length === undefined) {
    length = 0;
    for (const b of list) length += b.length;
  } else {
    validateNumber(length, 'length', 0, kMaxLength);
  }
  const out = Buffer.alloc(length);
  let pos = 0;
  for (const b of list) {
    if (pos >= length) break;
    const part = b.length > length - pos ? b.subarray(0, length - pos) : b;
    out.set(part, pos);
    pos += part.length;
  }
  return out;
};

const proto = Buffer.prototype;

function clamp(v, dflt, len) {
  if (v === undefined) return dflt;
  v = Math.trunc(+v) || 0;
  if (v < 0) v += len;
  return Math.max(0, Math.min(len, v));
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return native.decode(this, 'utf8');
  const len = this.length;
  start = start === undefined || start < 0 ? 0 : Math.min(Math.trunc(start) || 0, len);
  end = end === undefined || end > len ? len : Math.trunc(end) || 0;
  if (end <= start) return '';
  const enc = encoding === undefined ? 'utf8' : encodingOf(encoding);
  return native.decode(start === 0 && end === len ? this : this.subarray(start, end), enc);
};
proto.toLocaleString = proto.toString;

proto.equals = function equals(other) {
  validateBufferish(other, 'otherBuffer');
  return this === other || compareBytes(this, other) === 0;
};

proto.compare = function compare(target, tStart = 0, tEnd = target?.length,
                                 sStart = 0, sEnd = this.length) {
  validateBufferish(target, 'target');
  return compareBytes(this.subarray(sStart, sEnd), target.subarray(tStart, tEnd));
};

proto.copy = function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
  validateBufferish(target, 'target');
  const part = this.subarray(sourceStart, sourceEnd);
  const n = Math.max(0, Math.min(part.length, target.length - targetStart));
  target.set(n === part.length ? part : part.subarray(0, n), targetStart);
  return n;
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw ERR_INVALID_ARG_TYPE('argument', 'string', string);
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    length = this.length;
  } else if (typeof length === 'string') {
    encoding = length;
    length = undefined;
  }
  offset = offset === undefined ? 0 : offset >>> 0;
  if (offset > this.length) throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
  const remaining = this.length - offset;
  length = length === undefined || length > remaining ? remaining : length >>> 0;
  const enc = encodingOf(encoding);
  let bytes = native.encode(string, enc);
  if (bytes.length > length) {
    bytes = bytes.subarray(0, length);
    // A UTF-8 character is written whole or not at all.
    if (enc === 'utf8') {
      let cut = bytes.length;
      let i = cut - 1;
      while (i >= 0 && (bytes[i] & 0xc0) === 0x80) i--;
      if (i >= 0) {
        const lead = bytes[i];
        const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        if (cut - i < need) cut = i;
      }
      bytes = bytes.subarray(0, cut);
    }
  }
  this.set(bytes, offset);
  return bytes.length;
};

proto.fill = function fill(value, offset = 0, end = this.length, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = this.length;
  }
  let bytes;
  if (typeof value === 'string') {
    bytes = native.encode(value, encodingOf(encoding));
    if (bytes.length === 0) bytes = [0];
  } else if (value instanceof Uint8Array) {
    bytes = value;
  } else {
    Uint8Array.prototype.fill.call(this, (+value || 0) & 255, offset, end);
    return this;
  }
  for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
  return this;
};

function needleBytes(value, encoding) {
  if (typeof value === 'string') return native.encode(value, encodingOf(encoding));
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'number') return [value & 255];
  throw ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

function search(buf, value, byteOffset, encoding, last) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  const needle = needleBytes(value, encoding);
  const len = buf.length;
  let from = byteOffset === undefined ? (last ? len : 0) : Math.trunc(+byteOffset) || 0;
  if (from < 0) from += len;
  if (needle.length === 0) return Math.max(0, Math.min(from, len));
  const matches = (i) => {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) return false;
    return true;
  };
  if (last) {
    for (let i = Math.min(from, len - needle.length); i >= 0; i--) if (matches(i)) return i;
  } else {
    for (let i = Math.max(from, 0); i <= len - needle.length; i++) if (matches(i)) return i;
  }
  return -1;
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, false);
};
proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true);
};
proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

proto.subarray = function subarray(start, end) {
  const len = this.length;
  start = clamp(start, 0, len);
  end = clamp(end, len, len);
  return new FastBuffer(this.buffer, this.byteOffset + start, Math.max(0, end - start));
};
proto.slice = proto.subarray;

Object.defineProperty(proto, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; },
  enumerable: true, configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: true,
});

for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  proto[`${enc}Slice`] = function (start = 0, end = this.length) {
    return native.decode(this.subarray(start, end), encodingOf(enc));
  };
  proto[`${enc}Write`] = function (string, offset = 0, length = this.length - offset) {
    return this.write(string, offset, length, enc);
  };
}

proto.swap16 = function swap16() { return swap(this, 2); };
proto.swap32 = function swap32() { return swap(this, 4); };
proto.swap64 = function swap64() { return swap(this, 8); };
function swap(buf, size) {
  if (buf.length % size !== 0) {
    throw makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE',
                        `Buffer size must be a multiple of ${size * 8}-bits`);
  }
  for (let i = 0; i < buf.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}

// Fixed-width reads and writes, through a DataView of the bytes.
function view(buf) {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

function checkOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!Number.isInteger(offset)) throw ERR_OUT_OF_RANGE('offset', 'an integer', offset);
  if (buf.length - size < 0) throw ERR_BUFFER_OUT_OF_BOUNDS();
  if (offset < 0 || offset > buf.length - size) {
    throw ERR_OUT_OF_RANGE('offset', `>= 0 and <= ${buf.length - size}`, offset);
  }
  return offset;
}

const fixed = [
  ['UInt8', 1, 'Uint8', false], ['Int8', 1, 'Int8', false],
  ['UInt16', 2, 'Uint16', true], ['Int16', 2, 'Int16', true],
  ['UInt32', 4, 'Uint32', true], ['Int32', 4, 'Int32', true],
  ['Float', 4, 'Float32', true], ['Double', 8, 'Float64', true],
  ['BigUInt64', 8, 'BigUint64', true], ['BigInt64', 8, 'BigInt64', true],
];
const ranges = {
  Uint8: [0, 255], Int8: [-128, 127], Uint16: [0, 65535], Int16: [-32768, 32767],
  Uint32: [0, 4294967295], Int32: [-2147483648, 2147483647],
};
for (const [name, size, dv, endian] of fixed) {
  const variants = endian ? [['LE', true], ['BE', false]] : [['', false]];
  for (const [suffix, little] of variants) {
    const read = function (offset) {
      offset = checkOffset(this, offset, size);
      return view(this)[`get${dv}`](offset, little);
    };
    const write = function (value, offset) {
      offset = checkOffset(this, offset, size);
      const range = ranges[dv];
      if (range && (typeof value !== 'number' || value < range[0] || value > range[1])) {
        if (typeof value === 'number') {
          throw ERR_OUT_OF_RANGE('value', `>= ${range[0]} and <= ${range[1]}`, value);
        }
        value = +value;
      }
      view(this)[`set${dv}`](offset, value, little);
      return offset + size;
    };
    proto[`read${name}${suffix}`] = read;
    proto[`write${name}${suffix}`] = write;
    if (name.startsWith('UInt') || name.startsWith('BigUInt')) {
      const alias = name.replace('UInt', 'Uint');
      proto[`read${alias}${suffix}`] = read;
      proto[`write${alias}${suffix}`] = write;
    }
  }
}

// Variable width (1 to 6 bytes) integer reads and writes.
for (const [suffix, little] of [['LE', true], ['BE', false]]) {
  for (const signed of [false, true]) {
    const name = signed ? 'Int' : 'UInt';
    const read = function (offset, byteLength) {
      validateNumber(byteLength, 'byteLength', 1, 6);
      offset = checkOffset(this, offset, byteLength);
      let v = 0;
      for (let i = 0; i < byteLength; i++) {
        const b = this[offset + (little ? byteLength - 1 - i : i)];
        v = v * 256 + b;
      }
      if (signed && v >= 2 ** (8 * byteLength - 1)) v -= 2 ** (8 * byteLength);
      return v;
    };
    const write = function (value, offset, byteLength) {
      validateNumber(byteLength, 'byteLength', 1, 6);
      offset = checkOffset(this, offset, byteLength);
      let v = value < 0 ? value + 2 ** (8 * byteLength) : value;
      for (let i = 0; i < byteLength; i++) {
        this[offset + (little ? i : byteLength - 1 - i)] = v % 256;
        v = Math.floor(v / 256);
      }
      return offset + byteLength;
    };
    proto[`read${name}${suffix}`] = read;
    proto[`write${name}${suffix}`] = write;
    if (!signed) {
      proto[`readUint${suffix}`] = read;
      proto[`writeUint${suffix}`] = write;
    }
  }
}

// util.inspect: `<Buffer 68 69>`, as Node prints it.
const customInspect = Symbol.for('nodejs.util.inspect.custom');
proto[customInspect] = function (recurseTimes, ctx) {
  const max = Math.min(INSPECT_MAX_BYTES, this.length);
  let str = native.decode(this.subarray(0, max), 'hex').replace(/(.{2})/g, '$1 ').trim();
  const remaining = this.length - INSPECT_MAX_BYTES;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extra = { __proto__: null };
    let any = false;
    for (const key of internals.getOwnNonIndexProperties(this, !ctx.showHidden)) {
      any = true;
      extra[key] = this[key];
    }
    if (any) {
      if (this.length !== 0) str += ', ';
      str += inspect(extra, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspect];

// ----- module functions: atob, btoa, isUtf8, isAscii -------------------------
const invalidCharacter = () => new DOMException('Invalid character', 'InvalidCharacterError');

function btoa(input) {
  if (arguments.length === 0) throw ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter();
  }
  return native.decode(native.encode(input, 'latin1'), 'base64');
}

// The forgiving-base64 decode of the HTML spec, with Node's errors.
function atob(input) {
  if (arguments.length === 0) throw ERR_MISSING_ARGS('input');
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const ch = input[n];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r') continue;
    if (!/[A-Za-z0-9+/=]/.test(ch)) throw invalidCharacter();
    count++;
    if (ch === '=') equals++;
    else if (equals) throw invalidCharacter();
    if (equals > 2) throw invalidCharacter();
  }
  let reminder = count % 4;
  if (!reminder) reminder = (count - equals) % 4;
  else if (equals) throw invalidCharacter();
  if (reminder === 1) {
    throw new DOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  return native.decode(native.encode(input.replace(/[\t\n\f\r =]/g, ''), 'base64'), 'latin1');
}

function bytesOfView(input, name) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  const b = bytesOfView(input, 'input');
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
  return true;
}

function isUtf8(input) {
  const b = bytesOfView(input, 'input');
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n;
    let min;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return false;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += n + 1;
  }
  return true;
}

const ERR_MISSING_ARGS = (name) =>
  makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);

module.exports = {
  Buffer,
  atob,
  btoa,
  isAscii,
  isUtf8,
  kStringMaxLength: 2 ** 29 - 24,
  kMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
  INSPECT_MAX_BYTES,
};
