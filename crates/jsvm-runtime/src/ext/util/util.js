// jsvm: `node:util`. Body of a function (module, exports, internals, require).
'use strict';

const inspectModule = require('internal/inspect');
const { inspect, format, formatWithOptions, stripVTControlCharacters } = inspectModule;
const types = require('internal/types');
const { isDeepStrictEqual } = require('internal/comparisons');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  makeNodeError, validateFunction, validateString, validateNumber, validateBoolean,
  validateObject, validateOneOf, validateInteger,
} = require('internal/errors');

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

// Node's copies of a function's own properties use null-prototype descriptors.
function copyOwnProperties(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descriptors);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisified, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      if (types.isPromise(Reflect.apply(original, this, args))) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
          'DeprecationWarning', 'DEP0174');
      }
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisified;

function falsyRejection(reason) {
  const err = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION',
    'Promise was rejected with falsy value');
  err.reason = reason;
  return err;
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(cb, rej || falsyRejection(rej)));
  }
  return copyOwnProperties(callbackified, original, (d) => {
    if (typeof d.length.value === 'number') d.length.value++;
    if (typeof d.name.value === 'string') d.name.value += 'Callbackified';
  });
}

const codesWarned = new Set();
function deprecate(fn, msg, code, { modifyPrototype } = {}) {
  return internalDeprecate(fn, msg, code, modifyPrototype ?? true);
}

function internalDeprecate(fn, msg, code, modifyPrototype) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    Object.defineProperty(deprecated, 'length', {
      __proto__: null, ...Object.getOwnPropertyDescriptor(fn, 'length'),
    });
  }
  return deprecated;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const _extend = deprecate(function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060');

// NODE_DEBUG=a,b*: sections whose debuglog writes to stderr.
let debugPattern;
function debugEnabled(set) {
  if (debugPattern === undefined) {
    const env = internals.nodeDebug;
    debugPattern = env ? new RegExp(`^(${env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replace(/\*/g, '.*').replace(/,/g, '$|^')})$`, 'i') : null;
  }
  return debugPattern !== null && debugPattern.test(set);
}

function debuglog(set, cb) {
  set = String(set).toUpperCase();
  let enabled;
  let impl;
  const init = () => {
    if (impl) return;
    enabled = debugEnabled(set);
    impl = enabled ? (...args) => {
      process.stderr.write(format('%s %s: %s\n', set, inspect(process.pid), formatWithOptions({}, ...args)));
    } : () => {};
    if (typeof cb === 'function') {
      Object.defineProperty(impl, 'enabled', { get: () => enabled, configurable: true, enumerable: true });
      cb(impl);
    }
  };
  const logger = (...args) => {
    init();
    impl(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

function toUSVString(input) {
  return String(input).toWellFormed();
}

const isArray = deprecate(function isArray(v) {
  return Array.isArray(v);
}, 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044');

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return systemErrors.get(err)?.[0] ?? `Unknown system error ${err}`;
}
function getSystemErrorMessage(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return systemErrors.get(err)?.[1] ?? `Unknown system error ${err}`;
}
// The errors libuv names on Linux (negative errno values, and libuv's own
// codes below -3000), in the order Node's map lists them.
const systemErrors = new Map([
  [-7, ['E2BIG', 'argument list too long']], [-13, ['EACCES', 'permission denied']],
  [-98, ['EADDRINUSE', 'address already in use']],
  [-99, ['EADDRNOTAVAIL', 'address not available']],
  [-97, ['EAFNOSUPPORT', 'address family not supported']],
  [-11, ['EAGAIN', 'resource temporarily unavailable']],
  [-3000, ['EAI_ADDRFAMILY', 'address family not supported']],
  [-3001, ['EAI_AGAIN', 'temporary failure']], [-3002, ['EAI_BADFLAGS', 'bad ai_flags value']],
  [-3013, ['EAI_BADHINTS', 'invalid value for hints']],
  [-3003, ['EAI_CANCELED', 'request canceled']], [-3004, ['EAI_FAIL', 'permanent failure']],
  [-3005, ['EAI_FAMILY', 'ai_family not supported']], [-3006, ['EAI_MEMORY', 'out of memory']],
  [-3007, ['EAI_NODATA', 'no address']], [-3008, ['EAI_NONAME', 'unknown node or service']],
  [-3009, ['EAI_OVERFLOW', 'argument buffer overflow']],
  [-3014, ['EAI_PROTOCOL', 'resolved protocol is unknown']],
  [-3010, ['EAI_SERVICE', 'service not available for socket type']],
  [-3011, ['EAI_SOCKTYPE', 'socket type not supported']],
  [-114, ['EALREADY', 'connection already in progress']], [-9, ['EBADF', 'bad file descriptor']],
  [-16, ['EBUSY', 'resource busy or locked']], [-125, ['ECANCELED', 'operation canceled']],
  [-4080, ['ECHARSET', 'invalid Unicode character']],
  [-103, ['ECONNABORTED', 'software caused connection abort']],
  [-111, ['ECONNREFUSED', 'connection refused']],
  [-104, ['ECONNRESET', 'connection reset by peer']],
  [-89, ['EDESTADDRREQ', 'destination address required']], [-17, ['EEXIST', 'file already exists']],
  [-14, ['EFAULT', 'bad address in system call argument']], [-27, ['EFBIG', 'file too large']],
  [-113, ['EHOSTUNREACH', 'host is unreachable']], [-4, ['EINTR', 'interrupted system call']],
  [-22, ['EINVAL', 'invalid argument']], [-5, ['EIO', 'i/o error']],
  [-106, ['EISCONN', 'socket is already connected']],
  [-21, ['EISDIR', 'illegal operation on a directory']],
  [-40, ['ELOOP', 'too many symbolic links encountered']], [-24, ['EMFILE', 'too many open files']],
  [-90, ['EMSGSIZE', 'message too long']], [-36, ['ENAMETOOLONG', 'name too long']],
  [-100, ['ENETDOWN', 'network is down']], [-101, ['ENETUNREACH', 'network is unreachable']],
  [-23, ['ENFILE', 'file table overflow']], [-105, ['ENOBUFS', 'no buffer space available']],
  [-19, ['ENODEV', 'no such device']], [-2, ['ENOENT', 'no such file or directory']],
  [-12, ['ENOMEM', 'not enough memory']], [-64, ['ENONET', 'machine is not on the network']],
  [-92, ['ENOPROTOOPT', 'protocol not available']], [-28, ['ENOSPC', 'no space left on device']],
  [-38, ['ENOSYS', 'function not implemented']], [-107, ['ENOTCONN', 'socket is not connected']],
  [-20, ['ENOTDIR', 'not a directory']], [-39, ['ENOTEMPTY', 'directory not empty']],
  [-88, ['ENOTSOCK', 'socket operation on non-socket']],
  [-95, ['ENOTSUP', 'operation not supported on socket']],
  [-75, ['EOVERFLOW', 'value too large for defined data type']],
  [-1, ['EPERM', 'operation not permitted']], [-32, ['EPIPE', 'broken pipe']],
  [-71, ['EPROTO', 'protocol error']], [-93, ['EPROTONOSUPPORT', 'protocol not supported']],
  [-91, ['EPROTOTYPE', 'protocol wrong type for socket']], [-34, ['ERANGE', 'result too large']],
  [-30, ['EROFS', 'read-only file system']],
  [-108, ['ESHUTDOWN', 'cannot send after transport endpoint shutdown']],
  [-29, ['ESPIPE', 'invalid seek']], [-3, ['ESRCH', 'no such process']],
  [-110, ['ETIMEDOUT', 'connection timed out']], [-26, ['ETXTBSY', 'text file is busy']],
  [-18, ['EXDEV', 'cross-device link not permitted']], [-4094, ['UNKNOWN', 'unknown error']],
  [-4095, ['EOF', 'end of file']], [-6, ['ENXIO', 'no such device or address']],
  [-31, ['EMLINK', 'too many links']], [-112, ['EHOSTDOWN', 'host is down']],
  [-121, ['EREMOTEIO', 'remote I/O error']], [-25, ['ENOTTY', 'inappropriate ioctl for device']],
  [-4028, ['EFTYPE', 'inappropriate file type or format']],
  [-84, ['EILSEQ', 'illegal byte sequence']],
  [-94, ['ESOCKTNOSUPPORT', 'socket type not supported']], [-61, ['ENODATA', 'no data available']],
  [-49, ['EUNATCH', 'protocol driver not attached']], [-8, ['ENOEXEC', 'exec format error']],
]);
function getSystemErrorMap() {
  return new Map(systemErrors);
}

// ----- styleText --------------------------------------------------------------
const isStreamLike = (s) => s !== null && typeof s === 'object' &&
  ((typeof s.on === 'function' && (typeof s.write === 'function' || typeof s.pipe === 'function')) ||
   s._readableState !== undefined || s._writableState !== undefined ||
   typeof s.getReader === 'function' || typeof s.getWriter === 'function');

const { shouldColorize } = require('internal/util');

function styleText(formats, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skip = false;
  if (validateStream) {
    if (stream != null && !isStreamLike(stream)) {
      throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skip = !shouldColorize(stream);
  }
  const list = Array.isArray(formats) ? formats : [formats];
  let left = '';
  let right = '';
  for (const key of list) {
    if (key === 'none') continue;
    const codes = inspect.colors[key];
    if (codes == null) {
      // Node lists the aliases too (grey, ...).
      validateOneOf(key, 'format', Object.getOwnPropertyNames(inspect.colors));
    }
    if (skip) continue;
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  return skip ? text : `${left}${text}${right}`;
}

// ----- aborted, getCallSites ----------------------------------------------------
// Resolves when the signal aborts. Node holds `resource` weakly and never
// resolves once it is collected; here it is held until then, as reference
// counting would collect a temporary resource at once.
async function aborted(signal, resource) {
  const { AbortSignal } = require('internal/abort');
  if (!(signal instanceof AbortSignal)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'signal is not of type AbortSignal.');
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', (event) => resolve(event, resource), { once: true });
  });
}

const scriptIds = new Map();
function getCallSites(frameCount = 10, options = undefined) {
  if (options === undefined && typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  validateInteger(frameCount, 'frameCount', 1, 200);
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  const holder = {};
  const { prepareStackTrace, stackTraceLimit } = Error;
  Error.prepareStackTrace = (_, sites) => sites;
  Error.stackTraceLimit = frameCount;
  let sites;
  try {
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
  return sites.map((site) => {
    const scriptName = site.getFileName() ?? '';
    if (!scriptIds.has(scriptName)) scriptIds.set(scriptName, String(scriptIds.size + 1));
    return {
      __proto__: null,
      functionName: site.getFunctionName() ?? '',
      scriptId: scriptIds.get(scriptName),
      scriptName,
      lineNumber: site.getLineNumber(),
      columnNumber: site.getColumnNumber(),
      column: site.getColumnNumber(),
    };
  });
}

module.exports = {
  _extend,
  aborted,
  getCallSites,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray,
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
  MIMEType: require('internal/mime').MIMEType,
  MIMEParams: require('internal/mime').MIMEParams,
  parseArgs: (...args) => require('internal/parse_args').parseArgs(...args),
  // The same classes as the globals.
  TextDecoder: require('internal/encoding').TextDecoder,
  TextEncoder: require('internal/encoding').TextEncoder,
};
