// jsvm: the parts of `process` that are more than fields: warnings
// (`emitWarning`, the default 'warning' listener), unhandled rejections
// (Node 26's lib/internal/process/promises.js behaviour: checked after the
// nextTick queue and the microtasks drain), uncaught exceptions, exit and
// exit codes, memory and identity. src/internal/bootstrap.js calls `setup` once.
// Body of a function (module, exports, internals, require).
'use strict';

const native = internals.process;
const loop = internals.loop;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  makeNodeError,
  validateString,
} = require('internal/errors');

// V8's NoSideEffectsToString, which Node uses to name a rejection reason.
function dataProperty(obj, key) {
  for (let o = obj; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    if (internals.getProxyDetails(o) !== undefined) return undefined;
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function noSideEffectsToString(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') {
    try {
      return Function.prototype.toString.call(v);
    } catch {
      return '[object Function]';
    }
  }
  if (typeof v !== 'object' || v === null) return String(v);
  if (internals.getProxyDetails(v) !== undefined) return '[object Object]';
  const toString = dataProperty(v, 'toString');
  if (v instanceof Error || toString === Error.prototype.toString) {
    const name = dataProperty(v, 'name');
    const message = dataProperty(v, 'message');
    const n = name === undefined ? 'Error' : String(name);
    const m = message === undefined ? '' : String(message);
    if (n === '') return m;
    if (m === '') return n;
    return `${n}: ${m}`;
  }
  if (toString === Object.prototype.toString) {
    const ctor = dataProperty(v, 'constructor');
    if (typeof ctor === 'function') {
      const name = dataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(v, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return `[object ${typedArrayTag.call(v)}]`;
  let builtin = 'Object';
  if (Array.isArray(v)) builtin = 'Array';
  else if (v instanceof Date) builtin = 'Date';
  else if (v instanceof RegExp) builtin = 'RegExp';
  else if (v instanceof Boolean) builtin = 'Boolean';
  else if (v instanceof Number) builtin = 'Number';
  else if (v instanceof String) builtin = 'String';
  return `[object ${builtin}]`;
}

// Node: an object with an own `stack`. The engine keeps the stack of
// errors behind an accessor of Error.prototype, so errors count too.
const isErrorLike = (o) => typeof o === 'object' && o !== null &&
  (Object.hasOwn(o, 'stack') || Object.prototype.toString.call(o) === '[object Error]');

function getErrorWithoutStack(name, message) {
  const tmp = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Error(message);
  Error.stackTraceLimit = tmp;
  Object.defineProperty(err, 'name', {
    value: name, enumerable: false, writable: true, configurable: true,
  });
  return err;
}

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without ' +
          'a catch block, or by rejecting a promise which was not handled with .catch().' +
          ` The promise rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
    Error.captureStackTrace(this);
  }
}

function validateInteger(value, name) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
}

// The exit code a value stands for (an integer, or a string of one).
function validateExitCode(code) {
  if (code === null || code === undefined) return undefined;
  let value = code;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
  validateInteger(value, 'code');
  return value;
}

function setup(process, { execArgv, printWarning, nextTick, exit, write, EventEmitter }) {
  // ----- options ------------------------------------------------------------
  const option = (name) => execArgv.includes(name);
  let rejectionsMode = 'throw';
  for (const a of execArgv) {
    if (a.startsWith('--unhandled-rejections=')) rejectionsMode = a.slice(23);
  }
  const warningsOn = !option('--no-warnings') && process.env.NODE_NO_WARNINGS !== '1';
  if (option('--no-deprecation')) process.noDeprecation = true;
  if (option('--throw-deprecation')) process.throwDeprecation = true;
  if (option('--trace-deprecation')) process.traceDeprecation = true;
  if (option('--trace-warnings')) process.traceProcessWarnings = true;

  // ----- exit ---------------------------------------------------------------
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      exitCode = validateExitCode(code);
    },
    enumerable: true,
    configurable: false,
  });
  process._exiting = false;
  const emitExit = (code) => {
    if (process._exiting) return;
    process._exiting = true;
    process.emit('exit', code);
  };
  process.reallyExit = (code) => exit(Number(code) | 0);
  process.exit = function exit(code) {
    if (arguments.length !== 0) process.exitCode = code;
    emitExit(process.exitCode || 0);
    process.reallyExit(process.exitCode || 0);
  };

  // ----- warnings -----------------------------------------------------------
  let traceHintShown = false;
  function onWarning(warning) {
    if (!(warning instanceof Error)) return;
    const isDeprecation = warning.name === 'DeprecationWarning';
    if (isDeprecation && process.noDeprecation) return;
    const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
    let msg = `(${process.release.name}:${process.pid}) `;
    if (warning.code) msg += `[${warning.code}] `;
    if (trace && warning.stack) {
      msg += `${warning.stack}`;
    } else {
      msg += typeof warning.toString === 'function' ?
        `${warning.toString()}` : Error.prototype.toString.call(warning);
    }
    if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
    if (!trace && !traceHintShown) {
      const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
      const argv0 = (process.argv0 || 'node').split('/').pop().replace(/\.exe$/, '');
      msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
      traceHintShown = true;
    }
    printWarning(msg);
  }
  if (warningsOn) process.on('warning', onWarning);

  function createWarningObject(warning, type, code, ctor, detail) {
    const tmp = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    warning = new Error(warning);
    Error.stackTraceLimit = tmp;
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
    Error.captureStackTrace(warning, ctor || process.emitWarning);
    return warning;
  }

  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      if (typeof type.detail === 'string') detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined) validateString(type, 'type');
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    } else if (code !== undefined) {
      validateString(code, 'code');
    }
    if (typeof warning === 'string') {
      warning = createWarningObject(warning, type, code, ctor, detail);
    } else if (!(warning instanceof Error)) {
      throw ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning') {
      if (process.noDeprecation) return;
      if (process.throwDeprecation) {
        nextTick(() => { throw warning; });
        return;
      }
    }
    nextTick(() => process.emit('warning', warning));
  };

  // ----- uncaught exceptions -------------------------------------------------
  let captureCallback = null;
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) {
      captureCallback = null;
      return;
    }
    if (typeof fn !== 'function') throw ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
    if (captureCallback !== null) {
      throw makeNodeError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
                          '`process.setupUncaughtExceptionCapture()` was called while a ' +
                          'capture callback was already active');
    }
    captureCallback = fn;
  };
  process.hasUncaughtExceptionCaptureCallback = () => captureCallback !== null;

  // Whether listeners took the error (Node's process._fatalException).
  function triggerUncaughtException(err, fromPromise) {
    const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
    process.emit('uncaughtExceptionMonitor', err, type);
    if (captureCallback !== null) {
      captureCallback(err);
      return true;
    }
    return process.emit('uncaughtException', err, type);
  }

  // ----- unhandled rejections -------------------------------------------------
  const maybeUnhandled = new WeakMap();
  const pendingUnhandled = [];
  const asyncHandled = [];
  let lastPromiseId = 0;
  let fatal = null;

  function unhandledRejection(promise, reason) {
    maybeUnhandled.set(promise, { reason, uid: ++lastPromiseId, warned: false });
    pendingUnhandled.push(promise);
  }

  function handledRejection(promise) {
    const info = maybeUnhandled.get(promise);
    if (info === undefined) return;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      const warning = new Error(
        `Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = info.uid;
      asyncHandled.push({ promise, warning });
    }
  }

  // What the engine reported since the last look, in order.
  function takeRejectionEvents() {
    const events = loop.takeRejections();
    if (events === undefined) return;
    for (let i = 0; i < events.length; i += 3) {
      if (events[i + 2]) handledRejection(events[i]);
      else unhandledRejection(events[i], events[i + 1]);
    }
  }

  function emitUnhandledRejectionWarning(uid, reason) {
    const name = 'UnhandledPromiseRejectionWarning';
    const warning = getErrorWithoutStack(
      name,
      'Unhandled promise rejection. This error originated either by ' +
      'throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). ' +
      'To terminate the node process on unhandled promise ' +
      'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
      'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
      `(rejection id: ${uid})`);
    try {
      if (isErrorLike(reason)) {
        warning.stack = reason.stack;
        process.emitWarning(reason.stack, name);
      } else {
        process.emitWarning(noSideEffectsToString(reason), name);
      }
    } catch {
      // Nothing better to say.
    }
    process.emitWarning(warning);
  }

  // An unhandled rejection nobody took ends the process: the error is
  // thrown to the host (src/lib.rs), which asks `isFatalFromPromise`.
  function fatalFromPromise(err) {
    fatal = { err, fromPromise: true };
    throw err;
  }

  // An error thrown by a queueMicrotask callback is uncaught at once, as
  // in Node; with no listener the microtasks stop and the process ends.
  function microtaskError(err) {
    if (triggerUncaughtException(err, false)) return;
    fatal = { err, fromPromise: false };
    loop.stopMicrotasks();
  }

  function errorOf(reason) {
    return isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
  }

  function handleUnhandled(promise, info) {
    const { reason, uid } = info;
    switch (rejectionsMode) {
      case 'strict': {
        const err = errorOf(reason);
        if (!triggerUncaughtException(err, true)) fatalFromPromise(err);
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledRejectionWarning(uid, reason);
        }
        break;
      }
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn':
        process.emit('unhandledRejection', reason, promise);
        emitUnhandledRejectionWarning(uid, reason);
        break;
      case 'warn-with-error-code':
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      default:
        if (!process.emit('unhandledRejection', reason, promise)) {
          const err = errorOf(reason);
          if (!triggerUncaughtException(err, true)) fatalFromPromise(err);
        }
    }
  }

  // Node's processPromiseRejections: whether it ran code that may have
  // queued ticks or microtasks.
  function processPromiseRejections() {
    takeRejectionEvents();
    let maybeScheduled = asyncHandled.length > 0;
    while (asyncHandled.length > 0) {
      const { promise, warning } = asyncHandled.shift();
      if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
    }
    let len = pendingUnhandled.length;
    while (len--) {
      const promise = pendingUnhandled.shift();
      const info = maybeUnhandled.get(promise);
      if (info === undefined) continue;
      info.warned = true;
      handleUnhandled(promise, info);
      maybeScheduled = true;
    }
    return maybeScheduled || pendingUnhandled.length !== 0;
  }

  // ----- fields and small functions -------------------------------------------
  Object.defineProperty(process, 'argv0', {
    value: native.argv0, enumerable: true, writable: false, configurable: true,
  });
  process.execPath = native.execPath;
  process.ppid = native.ppid;
  process.title = 'jsvm';
  Object.defineProperty(process, Symbol.toStringTag, {
    value: 'process', enumerable: false, writable: true, configurable: false,
  });
  process.release = { name: 'node' };
  process.config = { variables: {} };
  process.features = { inspector: false, ipv6: true, tls: false, typescript: false };
  process.uptime = () => native.uptime();
  function memoryUsage() {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = native.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  }
  memoryUsage.rss = () => native.rss();
  process.memoryUsage = memoryUsage;
  process.chdir = function chdir(directory) {
    validateString(directory, 'directory');
    native.chdir(directory);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return native.umask(undefined);
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                            `The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '${mask}'`);
      }
      mask = parseInt(mask, 8);
    }
    validateInteger(mask, 'mask');
    return native.umask(mask);
  };
  const ids = () => native.ids();
  process.getuid = () => ids()[0];
  process.geteuid = () => ids()[1];
  process.getgid = () => ids()[2];
  process.getegid = () => ids()[3];
  process.cpuUsage = function cpuUsage(prev) {
    const [user, system] = native.cpuUsage();
    if (prev) return { user: user - prev.user, system: system - prev.system };
    return { user, system };
  };

  // ----- stdout and stderr ----------------------------------------------------
  // Written through synchronously, as Node writes to files and pipes.
  function makeStream(fd) {
    const stream = new EventEmitter();
    stream.fd = fd;
    stream.writable = true;
    stream._isStdio = true;
    if (native.isatty(fd)) {
      // A terminal: a tty.WriteStream (getColorDepth, hasColors, cursor
      // controls), as large as the terminal says.
      Object.setPrototypeOf(stream, require('tty').WriteStream.prototype);
      stream.isTTY = true;
      const size = internals.tty.windowSize(fd);
      if (size) [stream.columns, stream.rows] = size;
    }
    stream.write = function (chunk, encoding, cb) {
      if (typeof encoding === 'function') {
        cb = encoding;
        encoding = undefined;
      }
      if (typeof chunk === 'string') {
        if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
          native.writeBytes(fd, require('buffer').Buffer.from(chunk, encoding));
        } else {
          write(fd, chunk);
        }
      } else if (chunk instanceof Uint8Array) {
        native.writeBytes(fd, chunk);
      } else {
        throw ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      }
      if (typeof cb === 'function') nextTick(cb, null);
      return true;
    };
    stream.end = function end(chunk, encoding, cb) {
      if (typeof chunk === 'function') {
        cb = chunk;
        chunk = undefined;
      }
      if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
      if (typeof cb === 'function') nextTick(cb);
      return stream;
    };
    stream.cork = () => {};
    stream.uncork = () => {};
    stream.setDefaultEncoding = () => stream;
    return stream;
  }
  process.stdout = makeStream(1);
  process.stderr = makeStream(2);

  return {
    processPromiseRejections,
    triggerUncaughtException,
    emitExit,
    microtaskError,
    // The error that ends the process, if one does (thrown to the host).
    takeFatal() {
      if (fatal === null) return;
      throw fatal.err;
    },
    isFatal(err) {
      return fatal !== null && fatal.err === err;
    },
    isFatalFromPromise(err) {
      return fatal !== null && fatal.err === err && fatal.fromPromise;
    },
  };
}

module.exports = { setup, noSideEffectsToString };
