// jsvm: `node:crypto`'s random numbers, hashes and HMACs, and the Web
// Crypto object (the global `crypto`), as Node 26 has them. The bytes come
// from ext/crypto/mod.rs (getrandom, RustCrypto's md-5, sha1, sha2, hmac).
// Body of a function (module, exports, internals, require).
'use strict';

const native = internals.crypto;
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
  makeNodeError,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/errors');


// The immediates of the event loop: callbacks of the "asynchronous" forms
// run after the current code, as Node's thread-pool completions do.
const defer = (fn, ...args) => require('timers').setImmediate(fn, ...args);

const isArrayBufferView = ArrayBuffer.isView;
const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);

// The bytes of a view or buffer, as a Uint8Array over the same memory.
function bytesOf(v) {
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

// ----- digests ----------------------------------------------------------------

// OpenSSL's names for the digests jsvm has (case does not matter).
const digestAliases = {
  'md5': 'md5', 'ssl3-md5': 'md5', 'rsa-md5': 'md5', 'md5withrsaencryption': 'md5',
  'sha1': 'sha1', 'sha-1': 'sha1', 'ssl3-sha1': 'sha1', 'rsa-sha1': 'sha1',
  'sha1withrsaencryption': 'sha1',
  'sha224': 'sha224', 'sha-224': 'sha224', 'sha2-224': 'sha224', 'rsa-sha224': 'sha224',
  'sha224withrsaencryption': 'sha224',
  'sha256': 'sha256', 'sha-256': 'sha256', 'sha2-256': 'sha256', 'rsa-sha256': 'sha256',
  'sha256withrsaencryption': 'sha256',
  'sha384': 'sha384', 'sha-384': 'sha384', 'sha2-384': 'sha384', 'rsa-sha384': 'sha384',
  'sha384withrsaencryption': 'sha384',
  'sha512': 'sha512', 'sha-512': 'sha512', 'sha2-512': 'sha512', 'rsa-sha512': 'sha512',
  'sha512withrsaencryption': 'sha512',
};
const digestSizes = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };

function digestName(algorithm) {
  const key = algorithm.toLowerCase();
  return Object.hasOwn(digestAliases, key) ? digestAliases[key] : undefined;
}

function encodingOrUndefined(enc) {
  if (typeof enc !== 'string') return undefined;
  return require('internal/util').normalizeEncoding(enc);
}

// What update() hashes: a string in its encoding (utf8 when the encoding
// is unknown, as Node), or the bytes of a view.
function dataBytes(data, encoding, name) {
  if (typeof data === 'string') {
    const enc = encodingOrUndefined(encoding) ?? 'utf8';
    if (enc === 'hex' && data.length % 2 !== 0) {
      throw ERR_INVALID_ARG_VALUE('encoding', encoding,
                                  `is invalid for data of length ${data.length}`);
    }
    return Buffer.from(data, enc);
  }
  if (!isArrayBufferView(data)) {
    throw ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return bytesOf(data);
}

// A digest's bytes in an output encoding: a Buffer when none (or an
// unknown one) is given.
function encodeOutput(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const enc = encodingOrUndefined(encoding);
  return enc === undefined ? buf : buf.toString(enc);
}

const kHandle = Symbol('kHandle');
// The native handles print as Node's do (`Symbol(kHandle): Hash {}`).
const HashHandle = class Hash {}.prototype;
const HmacHandle = class Hmac {}.prototype;
const handleOf = (native, proto) => Object.setPrototypeOf(native, proto);
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  let handle;
  if (algorithm instanceof Hash) {
    handle = handleOf(native.hashCopy(algorithm[kHandle]), HashHandle);
  } else {
    validateString(algorithm, 'algorithm');
    const name = digestName(algorithm);
    if (name === undefined) throw new Error('Digest method not supported');
    const length = options?.outputLength;
    if (length !== undefined) {
      validateUint32(length, 'options.outputLength');
      if (length !== digestSizes[name]) {
        throw makeNodeError(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
                            'error:030000B2:digital envelope routines::not XOF or invalid length');
      }
    }
    handle = handleOf(native.hashNew(name), HashHandle);
  }
  this._options = options;
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
}

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw ERR_CRYPTO_HASH_FINALIZED();
  const h = new Hash(this, options);
  h._options = options;
  return h;
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw ERR_CRYPTO_HASH_FINALIZED();
  native.hashUpdate(this[kHandle], dataBytes(data, encoding, 'data'));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw ERR_CRYPTO_HASH_FINALIZED();
  this[kState][kFinalized] = true;
  return encodeOutput(native.hashDigest(this[kHandle]), outputEncoding);
};

function keyBytes(key, options) {
  if (typeof key === 'string') {
    return Buffer.from(key, encodingOrUndefined(options?.encoding) ?? 'utf8');
  }
  if (isArrayBufferView(key) || isAnyArrayBuffer(key)) return bytesOf(key);
  throw ERR_INVALID_ARG_TYPE(
    'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
    key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const bytes = keyBytes(key, options);
  const name = digestName(hmac);
  if (name === undefined) throw ERR_CRYPTO_INVALID_DIGEST(hmac);
  this._options = options;
  this[kHandle] = handleOf(native.hashNew(name, bytes), HmacHandle);
  this[kState] = { [kFinalized]: false };
}

Hmac.prototype.update = Hash.prototype.update;

// A second digest() of an Hmac gives empty output, as in Node.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) return encodeOutput(new Uint8Array(0), outputEncoding);
  state[kFinalized] = true;
  return encodeOutput(native.hashDigest(this[kHandle]), outputEncoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// hash(algorithm, input[, options]): options is the output encoding, or
// { outputEncoding, outputLength }.
function hash(algorithm, input, options = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding = options;
  let outputLength;
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
    outputEncoding = options.outputEncoding ?? 'hex';
    outputLength = options.outputLength;
  } else if (typeof options !== 'string') {
    throw ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  let enc = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    enc = encodingOrUndefined(outputEncoding);
    if (enc === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') {
        throw ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
      enc = 'buffer';
    }
  }
  const name = digestName(algorithm);
  if (name === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  if (outputLength !== undefined && outputLength !== digestSizes[name]) {
    throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, ` +
                    'which does not support XOF');
  }
  const h = native.hashNew(name);
  native.hashUpdate(h, typeof input === 'string' ? Buffer.from(input, 'utf8') : bytesOf(input));
  return encodeOutput(native.hashDigest(h), enc === 'buffer' ? undefined : enc);
}

function getHashes() {
  return [...native.algorithms];
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, v] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isArrayBufferView(v) && !isAnyArrayBuffer(v)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an ` +
                          'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
    }
  }
  const a = bytesOf(buf1);
  const b = bytesOf(buf2);
  if (a.length !== b.length) throw ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  // Every byte is compared, whatever the first difference.
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// ----- random numbers -------------------------------------------------------

const kMaxLength = 2 ** 31 - 1;
const kMaxUint32 = 2 ** 32 - 1;

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxLength || size < 0) {
    throw ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
  if (size + offset > length) {
    throw ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.from(native.randomBytes(size).buffer);
  if (callback === undefined) return buf;
  defer(callback, null, buf);
}

function fillBytes(target, offset, size) {
  target.set(native.randomBytes(size), offset);
}

function fillArgs(buf, offset, size) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const bytes = bytesOf(buf);
  offset = assertOffset(offset, elementSize, bytes.byteLength);
  size = size === undefined ? bytes.byteLength - offset :
    assertSize(size, elementSize, offset, bytes.byteLength);
  return [bytes, offset, size];
}

function randomFillSync(buf, offset = 0, size) {
  const [bytes, off, n] = fillArgs(buf, offset, size);
  fillBytes(bytes, off, n);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const [bytes, off, n] = fillArgs(buf, offset, size);
  fillBytes(bytes, off, n);
  defer(callback, null, buf);
}

// The largest range randomInt() draws from: 48 bits.
const RAND_MAX = 0xFFFF_FFFF_FFFF;

function randomInt(min, max, callback) {
  const minNotSpecified = max === undefined || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = callback === undefined;
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Rejection sampling over 48-bit values: every result equally likely.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  let n;
  for (;;) {
    const b = native.randomBytes(6);
    const x = ((b[0] * 256 + b[1]) * 2 ** 32) + ((b[2] << 24) >>> 0) + (b[3] << 16) +
      (b[4] << 8) + b[5];
    if (x < randLimit) {
      n = min + (x % range);
      break;
    }
  }
  if (isSync) return n;
  // Node answers from its cache of random bytes, on the next tick.
  process.nextTick(callback, undefined, n);
}

const hex = [];
for (let i = 0; i < 256; i++) hex.push(i.toString(16).padStart(2, '0'));

function uuidV4() {
  const b = native.randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += hex[b[i]];
  }
  return s;
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const disable = options?.disableEntropyCache;
  if (disable !== undefined) validateBoolean(disable, 'options.disableEntropyCache');
  return uuidV4();
}

// ----- Web Crypto -----------------------------------------------------------

const kSecret = Symbol('kSecret');

function isIntegerTypedArray(v) {
  return v instanceof Int8Array || v instanceof Uint8Array || v instanceof Uint8ClampedArray ||
    v instanceof Int16Array || v instanceof Uint16Array || v instanceof Int32Array ||
    v instanceof Uint32Array || v instanceof BigInt64Array || v instanceof BigUint64Array;
}

class QuotaExceededError extends DOMException {
  constructor(message) {
    super(message, 'QuotaExceededError');
  }
}

function webGetRandomValues(data) {
  if (!isArrayBufferView(data)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', "Failed to execute 'getRandomValues' " +
                        "on 'Crypto': 1st argument is not an ArrayBufferView.");
  }
  if (!isIntegerTypedArray(data)) {
    throw new DOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new QuotaExceededError('The requested length exceeds 65,536 bytes');
  }
  fillBytes(bytesOf(data), 0, data.byteLength);
  return data;
}

class SubtleCrypto {
  constructor(secret) {
    if (secret !== kSecret) throw ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', `Failed to execute 'digest' on 'SubtleCrypto': 2 arguments ` +
                             `required, but only ${arguments.length} present.`);
    }
    const name = typeof algorithm === 'object' && algorithm !== null ? algorithm.name : algorithm;
    if (!isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not " +
                          'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
    }
    const digest = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384',
      'sha-512': 'sha512' }[`${name}`.toLowerCase()];
    if (digest === undefined) {
      throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    }
    const h = native.hashNew(digest);
    // The data is copied when the call is made, as the spec asks.
    native.hashUpdate(h, bytesOf(data).slice());
    return native.hashDigest(h).buffer;
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', configurable: true,
});

const subtle = new SubtleCrypto(kSecret);

class Crypto {
  constructor(secret) {
    if (secret !== kSecret) throw ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', "Failed to execute 'getRandomValues' on 'Crypto': 1 argument " +
                             'required, but only 0 present.');
    }
    return webGetRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw ERR_INVALID_THIS('Crypto');
    return uuidV4();
  }
}
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, {
    ...Object.getOwnPropertyDescriptor(Crypto.prototype, name), enumerable: true,
  });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', configurable: true,
});

const webcrypto = new Crypto(kSecret);

function getRandomValues(data) {
  return webcrypto.getRandomValues(data);
}

module.exports = {
  Hash,
  Hmac,
  createHash,
  createHmac,
  getHashes,
  getRandomValues,
  hash,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  subtle,
  timingSafeEqual,
  webcrypto,
};
