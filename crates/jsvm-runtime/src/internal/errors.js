// jsvm: Node's error classes with codes (ERR_*) and the argument
// validators of Node's internal/validators, with Node 26's messages.
// Body of a function (module, exports, internals, require).
'use strict';

// internal/inspect is large: loaded when first needed.
const inspect = (...args) => require('internal/inspect').inspect(...args);

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

function makeNodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', {
    value: code, enumerable: true, writable: true, configurable: true,
  });
  // Node's stack and toString name the code: `TypeError [ERR_X]: message`.
  if (typeof err.stack === 'string') {
    const head = `${err.name}: ${message}`;
    const rest = err.stack.startsWith(head) ? err.stack.slice(head.length) :
      err.stack.replace(/^[^\n]*/, '');
    Object.defineProperty(err, 'stack', {
      value: `${err.name} [${code}]: ${message}${rest}`,
      writable: true, configurable: true, enumerable: false,
    });
  }
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    writable: true, configurable: true, enumerable: false,
  });
  return err;
}

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      if (value !== value) return 'type number (NaN)';
      if (value === Infinity) return 'type number (Infinity)';
      if (value === -Infinity) return 'type number (-Infinity)';
      return `type number (${value})`;
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string':
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (value.indexOf("'") === -1) return `type string ('${value}')`;
      return `type string (${JSON.stringify(value)})`;
    default:
      return `type ${type} (${String(value)})`;
  }
}

function listOf(items, word) {
  if (items.length > 2) {
    const last = items.pop();
    return `${word}${items.join(', ')}, or ${last}`;
  }
  if (items.length === 2) return `${word}${items[0]} or ${items[1]}`;
  return `${word}${items[0]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      const last = types.pop();
      msg += `one of type ${types.join(', ')}, or ${last}`;
    } else if (types.length === 2) {
      msg += `one of type ${types[0]} or ${types[1]}`;
    } else {
      msg += `of type ${types[0]}`;
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += listOf(instances, 'an instance of ');
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += listOf(other, 'one of ');
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

const codes = {
  ERR_INVALID_ARG_TYPE: (name, expected, actual) =>
    makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                  invalidArgTypeMessage(name, expected, actual)),
  ERR_INVALID_ARG_VALUE: (name, value, reason = 'is invalid') => {
    let inspected = inspect(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                         `The ${type} '${name}' ${reason}. Received ${inspected}`);
  },
  ERR_OUT_OF_RANGE: (str, range, input) => {
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericalSeparator(String(input));
    } else if (typeof input === 'bigint') {
      received = String(input);
      if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
      received += 'n';
    } else {
      received = inspect(input);
    }
    return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
                         `The value of "${str}" is out of range. It must be ${range}. Received ${received}`);
  },
};

// Codes used by the host (events, process, timers).
codes.ERR_UNHANDLED_ERROR = (err) => makeNodeError(
  Error, 'ERR_UNHANDLED_ERROR',
  err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`);
codes.ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG = () => makeNodeError(
  TypeError, 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules');
codes.ERR_EVAL_ESM_CANNOT_PRINT = () => makeNodeError(
  Error, 'ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input');
codes.ERR_UNKNOWN_SIGNAL = (signal) =>
  makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);

// Codes of node:url, node:os and node:crypto. Those whose message only
// fills in its arguments are a table (parsed at startup: kept small).
const simpleCodes = {
  ERR_ILLEGAL_CONSTRUCTOR: [TypeError, 'Illegal constructor'],
  ERR_INVALID_THIS: [TypeError, 'Value of "this" must be of type %s'],
  ERR_INVALID_URL_SCHEME: [TypeError, 'The URL must be of scheme %s'],
  ERR_INVALID_FILE_URL_HOST: [TypeError, 'File URL host must be "localhost" or empty on %s'],
  ERR_INVALID_FILE_URL_PATH: [TypeError, 'File URL path %s'],
  ERR_INVALID_TUPLE: [TypeError, '%s must be an iterable %s tuple'],
  ERR_ARG_NOT_ITERABLE: [TypeError, '%s must be iterable'],
  ERR_CRYPTO_HASH_FINALIZED: [Error, 'Digest already called'],
  ERR_CRYPTO_INVALID_DIGEST: [TypeError, 'Invalid digest: %s'],
  ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH: [RangeError, 'Input buffers must have the same byte length'],
};
for (const code of Object.keys(simpleCodes)) {
  const [Base, text] = simpleCodes[code];
  codes[code] = (...args) => makeNodeError(Base, code, text.replace(/%s/g, () => args.shift()));
}
// Node's ERR_INVALID_URL keeps the plain `TypeError: Invalid URL` in its
// stack and toString.
codes.ERR_INVALID_URL = (input, base = null) => {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base != null) err.base = base;
  return err;
};
// Node's SystemError for a failed libuv call: `A system error occurred:
// uv_os_x returned ESRCH (no such process)`, with `info`, and `errno` and
// `syscall` reading and writing it.
codes.ERR_SYSTEM_ERROR = (info) => {
  const err = makeNodeError(
    Error, 'ERR_SYSTEM_ERROR',
    `A system error occurred: ${info.syscall} returned ${info.code} (${info.message})`);
  err.stack = `System${err.stack}`;
  const shown = { enumerable: true, configurable: true };
  Object.defineProperties(err, {
    name: { value: 'SystemError', writable: true, configurable: true },
    toString: { value() { return `SystemError [${this.code}]: ${this.message}`; } },
    info: { value: info, enumerable: true, writable: true, configurable: true },
    errno: { get() { return info.errno; }, set(v) { info.errno = v; }, ...shown },
    syscall: { get() { return info.syscall; }, set(v) { info.syscall = v; }, ...shown },
  });
  return err;
};

// Codes of node:stream (ext/stream/).
codes.ERR_STREAM_PUSH_AFTER_EOF = () =>
  makeNodeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT = () =>
  makeNodeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
codes.ERR_STREAM_WRITE_AFTER_END = () =>
  makeNodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
codes.ERR_STREAM_DESTROYED = (name) =>
  makeNodeError(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${name} after a stream was destroyed`);
codes.ERR_STREAM_ALREADY_FINISHED = (name) =>
  makeNodeError(Error, 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${name} after a stream was finished`);
codes.ERR_STREAM_PREMATURE_CLOSE = () =>
  makeNodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
codes.ERR_STREAM_NULL_VALUES = () =>
  makeNodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
codes.ERR_STREAM_CANNOT_PIPE = () =>
  makeNodeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable');
codes.ERR_MULTIPLE_CALLBACK = () =>
  makeNodeError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
codes.ERR_METHOD_NOT_IMPLEMENTED = (name) =>
  makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
codes.ERR_UNKNOWN_ENCODING = (enc) =>
  makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
codes.ERR_MISSING_ARGS = (...names) => {
  const wrap = names.map((n) => (Array.isArray(n) ? n.map((a) => `"${a}"`).join(' or ') : `"${n}"`));
  let msg = 'The ';
  if (wrap.length === 1) msg += `${wrap[0]} argument`;
  else if (wrap.length === 2) msg += `${wrap[0]} and ${wrap[1]} arguments`;
  else msg += `${wrap.slice(0, -1).join(', ')}, and ${wrap[wrap.length - 1]} arguments`;
  return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `${msg} must be specified`);
};
codes.ERR_INVALID_RETURN_VALUE = (input, name, value) => {
  const type = value && value.constructor && value.constructor.name ?
    `instance of ${value.constructor.name}` : `type ${typeof value}`;
  return makeNodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
                       `Expected ${input} to be returned from the "${name}" function but got ${type}.`);
};

// Codes of the module loaders (ext/module/), in Node 26's words.
const importedFrom = (base) => (base ? ` imported from ${base}` : '');
codes.ERR_MODULE_NOT_FOUND = (path, base, exactUrl) => {
  const err = makeNodeError(Error, 'ERR_MODULE_NOT_FOUND',
                            `Cannot find ${exactUrl ? 'module' : 'package'} '${path}'` +
                            ` imported from ${base}`);
  if (exactUrl) err.url = `${exactUrl}`;
  return err;
};
codes.ERR_PACKAGE_PATH_NOT_EXPORTED = (pkgPath, subpath, base) => makeNodeError(
  Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.' ?
    `No "exports" main defined in ${pkgPath}package.json${importedFrom(base)}` :
    `Package subpath '${subpath}' is not defined by "exports" in ` +
    `${pkgPath}package.json${importedFrom(base)}`);
codes.ERR_PACKAGE_IMPORT_NOT_DEFINED = (specifier, packagePath, base) => makeNodeError(
  TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  `Package import specifier "${specifier}" is not defined` +
  `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`);
codes.ERR_INVALID_PACKAGE_TARGET = (pkgPath, key, target, isImport = false, base) => {
  const relatedError = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./');
  const tail = `${importedFrom(base)}${relatedError ? '; targets must start with "./"' : ''}`;
  return makeNodeError(Error, 'ERR_INVALID_PACKAGE_TARGET', key === '.' ?
    `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
    `${pkgPath}package.json${tail}` :
    `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined ` +
    `for '${key}' in the package config ${pkgPath}package.json${tail}`);
};
codes.ERR_INVALID_PACKAGE_CONFIG = (path, base, message) => makeNodeError(
  Error, 'ERR_INVALID_PACKAGE_CONFIG',
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
  `${message ? `. ${message}` : ''}`);
codes.ERR_INVALID_MODULE_SPECIFIER = (request, reason, base) => makeNodeError(
  TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
  `Invalid module "${request}" ${reason}${importedFrom(base)}`);
codes.ERR_UNSUPPORTED_DIR_IMPORT = (path, base, url) => {
  const err = makeNodeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
                            `Directory import '${path}' is not supported resolving ES modules` +
                            ` imported from ${base}`);
  if (url !== undefined) err.url = url;
  return err;
};
codes.ERR_UNKNOWN_FILE_EXTENSION = (ext, path) => makeNodeError(
  TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension "${ext}" for ${path}`);
codes.ERR_UNKNOWN_BUILTIN_MODULE = (name) => makeNodeError(
  Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${name}`);
codes.ERR_UNSUPPORTED_ESM_URL_SCHEME = (protocol) => makeNodeError(
  Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  'Only URLs with a scheme in: file and data are supported by the default ESM ' +
  `loader. Received protocol '${protocol}'`);
codes.ERR_REQUIRE_ASYNC_MODULE = (filename, parentFilename) => makeNodeError(
  Error, 'ERR_REQUIRE_ASYNC_MODULE',
  'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
  'To see where the top-level await comes from, use --experimental-print-required-tla.' +
  `${filename ? `\nRequired module: ${filename}` : ''}` +
  `${parentFilename ? `\nRequire stack:\n- ${parentFilename}` : ''}`);
codes.ERR_REQUIRE_CYCLE_MODULE = (message) =>
  makeNodeError(Error, 'ERR_REQUIRE_CYCLE_MODULE', message);
codes.ERR_IMPORT_ATTRIBUTE_MISSING = (url, key, value) => makeNodeError(
  TypeError, 'ERR_IMPORT_ATTRIBUTE_MISSING',
  `Module "${url}" needs an import attribute of "${key}: ${value}"`);
codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED = (key, value, url) => makeNodeError(
  TypeError, 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  `Import attribute "${key}" with value "${value}" is not supported in ${url}`);
codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE = (url, type) => makeNodeError(
  TypeError, 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE',
  `Module "${url}" is not of type "${type}"`);
codes.ERR_DLOPEN_FAILED = (message) => makeNodeError(Error, 'ERR_DLOPEN_FAILED', message);

// A failed system call, as Node reports it: `Error: kill ESRCH` with
// `errno` (negative), `code` and `syscall`.
function errnoException(errno, code, syscall) {
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw codes.ERR_OUT_OF_RANGE(
      name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
      `${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateObject(value, name, options) {
  const nullable = options && options.nullable;
  const ok = value === null ? nullable : typeof value === 'object' && !Array.isArray(value);
  if (!ok) throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) {
    throw codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
                         max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw codes.ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
  }
}

module.exports = {
  codes,
  makeNodeError,
  errnoException,
  validateNumber,
  validateFunction,
  determineSpecificType,
  validateArray,
  validateObject,
  validateString,
  validateBoolean,
  validateInt32,
  validateInteger,
  validateUint32,
  validateOneOf,
};
