// jsvm: `node:child_process`: spawn, exec, execFile and their synchronous
// forms, with Node 26's ChildProcess events, errors and results.
// Processes start in src/child_process.rs; the loop (src/event_loop.rs)
// watches their pipes and exits and reports them here through the `io`
// hook of src/internal/bootstrap.js. Body of a function (module, exports, internals,
// require).
'use strict';

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
  makeNodeError,
  errnoException,
  validateString,
  validateObject,
  validateFunction,
  validateBoolean,
  validateArray,
  validateInt32,
  validateNumber,
} = require('internal/errors');

const native = internals.childProcess;
const loop = internals.loop;
const ioTargets = loop.ioTargets;
const signals = loop.signals;
// Number to name; the first name of a number wins (SIGABRT, not SIGIOT).
const signalNames = new Map();
for (const [name, number] of Object.entries(signals)) {
  if (!signalNames.has(number)) signalNames.set(number, name);
}

const MAX_BUFFER = 1024 * 1024;
const UV_ENOENT = -2;
const UV_ESRCH = -3;
const UV_EAGAIN = -11;
const UV_EACCES = -13;
const UV_EINVAL = -22;
const UV_ENFILE = -23;
const UV_EMFILE = -24;
const UV_ENOSYS = -38;

let util;
function errorName(errno) {
  util ??= require('util');
  return util.getSystemErrorName(errno);
}

// Node's ErrnoException: `${syscall} ${code}`, errno, code, syscall.
function uvError(errno, syscall) {
  return errnoException(errno, errorName(errno), syscall);
}

function genericNodeError(message, props) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

const ERR_CHILD_PROCESS_STDIO_MAXBUFFER = (name) =>
  makeNodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${name} maxBuffer length exceeded`);

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNames.has(signal)) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw ERR_UNKNOWN_SIGNAL(signal);
}

// ----- pipes ------------------------------------------------------------------

// How many bytes at the end of a chunk start a character (or a group of
// bytes) that the next chunk completes.
function incompleteTail(buf, encoding) {
  const len = buf.length;
  switch (encoding) {
    case 'utf8':
      for (let i = 1; i <= Math.min(3, len); i++) {
        const b = buf[len - i];
        if ((b & 0xc0) === 0x80) continue;
        if (b < 0xc0) return 0;
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        return need > i ? i : 0;
      }
      return 0;
    case 'utf16le': case 'ucs2': {
      const odd = len % 2;
      const last = len - odd - 2;
      // A high surrogate waits for its pair.
      if (last >= 0 && buf[last + 1] >= 0xd8 && buf[last + 1] <= 0xdb) return odd + 2;
      return odd;
    }
    case 'base64': case 'base64url':
      return len % 3;
    default:
      return 0;
  }
}

// A decoder for setEncoding: whole characters across chunks, as Node's
// StringDecoder.
function makeDecoder(encoding) {
  let pending = null;
  return {
    write(buf) {
      if (pending) {
        buf = Buffer.concat([pending, buf]);
        pending = null;
      }
      const n = incompleteTail(buf, encoding);
      if (n > 0) {
        pending = Buffer.from(buf.subarray(buf.length - n));
        buf = buf.subarray(0, buf.length - n);
      }
      return buf.toString(encoding);
    },
    end() {
      const rest = pending;
      pending = null;
      return rest ? rest.toString(encoding) : '';
    },
  };
}

function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null) return 'utf8';
  if (!Buffer.isEncoding(encoding)) {
    throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
  const e = String(encoding).toLowerCase();
  switch (e) {
    case 'utf-8': return 'utf8';
    case 'ucs-2': case 'ucs2': case 'utf-16le': return 'utf16le';
    case 'binary': return 'latin1';
    default: return e;
  }
}

const kId = Symbol('id');

// One end of a pipe to a child, as Node's net.Socket for child stdio: the
// child's stdin is writable, its stdout and stderr readable (flowing once
// a 'data' listener or resume() asks, 'end' then 'close' at the end).
class Socket extends EventEmitter {
  constructor(id, readable) {
    super();
    this[kId] = id;
    this.readable = readable;
    this.writable = !readable;
    this.destroyed = false;
    this._readableState = {
      flowing: null, buffer: [], ended: id < 0, endEmitted: false,
      readableListening: false, decoder: null, encoding: null, scheduled: false,
    };
    this._writableState = { callbacks: [], ending: false, finished: false };
    if (id >= 0) ioTargets.set(id, this);
  }

  get readableEncoding() {
    return this._readableState.encoding;
  }

  get readableEnded() {
    return this._readableState.endEmitted;
  }

  get writableEnded() {
    return this._writableState.ending;
  }

  get writableFinished() {
    return this._writableState.finished;
  }

  on(type, listener) {
    const result = super.on(type, listener);
    const state = this._readableState;
    if (type === 'data' && this.readable) {
      state.readableListening = true;
      if (state.flowing !== false) this.resume();
    }
    return result;
  }

  setEncoding(encoding) {
    const state = this._readableState;
    state.encoding = normalizeEncoding(encoding);
    state.decoder = makeDecoder(state.encoding);
    state.buffer = state.buffer.map((c) => (typeof c === 'string' ? c : state.decoder.write(c)));
    return this;
  }

  resume() {
    const state = this._readableState;
    if (!state.flowing) {
      state.flowing = true;
      if (!state.scheduled) {
        state.scheduled = true;
        process.nextTick(flow, this);
      }
    }
    return this;
  }

  pause() {
    const state = this._readableState;
    if (state.flowing !== false) {
      state.flowing = false;
      this.emit('pause');
    }
    return this;
  }

  isPaused() {
    return this._readableState.flowing === false;
  }

  ref() {
    if (this[kId] >= 0) native.ref(this[kId], true);
    return this;
  }

  unref() {
    if (this[kId] >= 0) native.ref(this[kId], false);
    return this;
  }

  pipe(dest, options) {
    this.on('data', (chunk) => dest.write(chunk));
    const end = !options || options.end !== false;
    if (end && dest !== process.stdout && dest !== process.stderr) {
      this.on('end', () => dest.end());
    }
    return dest;
  }

  [Symbol.asyncIterator]() {
    const chunks = [];
    const waiting = [];
    let done = false;
    let failure = null;
    const settle = () => {
      while (waiting.length > 0 && (chunks.length > 0 || done || failure)) {
        const { resolve, reject } = waiting.shift();
        if (chunks.length > 0) resolve({ value: chunks.shift(), done: false });
        else if (failure) reject(failure);
        else resolve({ value: undefined, done: true });
      }
    };
    this.on('data', (chunk) => { chunks.push(chunk); settle(); });
    this.on('end', () => { done = true; settle(); });
    this.on('error', (err) => { failure = err; settle(); });
    const stream = this;
    return {
      next() {
        return new Promise((resolve, reject) => {
          waiting.push({ resolve, reject });
          settle();
        });
      },
      return() {
        stream.destroy();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      chunk = Buffer.from(chunk, encoding);
    } else if (!ArrayBuffer.isView(chunk)) {
      throw ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const state = this._writableState;
    let err = null;
    if (state.ending) {
      err = makeNodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    } else if (this.destroyed || this[kId] < 0) {
      err = makeNodeError(Error, 'ERR_STREAM_DESTROYED',
                          'Cannot call write after a stream was destroyed');
    }
    if (err) {
      // A destroyed stream reports to the callback only.
      const destroyed = this.destroyed;
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        if (!destroyed) this.emit('error', err);
      });
      return false;
    }
    const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const r = native.write(this[kId], bytes);
    if (r === true) {
      if (typeof cb === 'function') process.nextTick(cb, null);
      return true;
    }
    if (r === false) {
      state.callbacks.push(cb);
      return false;
    }
    this.onIo('writeError', r);
    if (typeof cb === 'function') process.nextTick(cb, uvError(r, 'write'));
    return false;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    const state = this._writableState;
    if (typeof cb === 'function') this.once('finish', cb);
    if (state.ending) return this;
    state.ending = true;
    if (this[kId] >= 0) {
      native.end(this[kId]);
      if (state.callbacks.length === 0) finish(this);
    }
    return this;
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this[kId] >= 0) {
      native.close(this[kId]);
      ioTargets.delete(this[kId]);
      this[kId] = -1;
    }
    this._writableState.callbacks = [];
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this.emit('close', !!err);
    });
    return this;
  }

  // What the loop reports about this pipe.
  onIo(kind, a) {
    const state = this._readableState;
    if (kind === 'data') {
      let chunk = Buffer.from(a.buffer, a.byteOffset, a.length);
      if (state.decoder) {
        chunk = state.decoder.write(chunk);
        if (chunk === '') return;
      }
      if (state.flowing && state.buffer.length === 0) {
        this.emit('data', chunk);
      } else {
        state.buffer.push(chunk);
      }
    } else if (kind === 'end') {
      ioTargets.delete(this[kId]);
      this[kId] = -1;
      if (a < 0) {
        this.destroy(uvError(a, 'read'));
        return;
      }
      if (state.decoder) {
        const rest = state.decoder.end();
        if (rest) state.buffer.push(rest);
      }
      state.ended = true;
      maybeEnd(this);
    } else if (kind === 'drain') {
      const callbacks = this._writableState.callbacks;
      this._writableState.callbacks = [];
      for (const cb of callbacks) if (typeof cb === 'function') cb(null);
      // Node emits no 'drain' once end() was called.
      if (!this._writableState.ending) this.emit('drain');
      if (this._writableState.ending) {
        ioTargets.delete(this[kId]);
        this[kId] = -1;
        finish(this);
      }
    } else if (kind === 'writeError') {
      ioTargets.delete(this[kId]);
      this[kId] = -1;
      const err = uvError(a, 'write');
      const callbacks = this._writableState.callbacks;
      this._writableState.callbacks = [];
      for (const cb of callbacks) if (typeof cb === 'function') process.nextTick(cb, err);
      this.destroy(err);
    }
  }
}
Socket.prototype.addListener = Socket.prototype.on;

function finish(stream) {
  process.nextTick(() => {
    const state = stream._writableState;
    if (state.finished || stream.destroyed) return;
    state.finished = true;
    stream.emit('finish');
    stream.destroy();
  });
}

function flow(stream) {
  const state = stream._readableState;
  state.scheduled = false;
  while (state.flowing && state.buffer.length > 0) {
    stream.emit('data', state.buffer.shift());
  }
  maybeEnd(stream);
}

function maybeEnd(stream) {
  const state = stream._readableState;
  if (!state.ended || state.endEmitted || !state.flowing || state.buffer.length > 0) return;
  state.endEmitted = true;
  process.nextTick(() => {
    stream.emit('end');
    stream.readable = false;
    stream.destroy();
  });
}

// ----- ChildProcess -------------------------------------------------------------

// Node's getValidStdio, reduced to what each of the child's descriptors
// is: 'pipe', 'ignore', 'inherit' or one of our descriptors. In the
// synchronous functions a string or bytes is a pipe given that input.
function stdioArray(stdio, sync) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'pipe': case 'overlapped': return ['pipe', 'pipe', 'pipe'];
      case 'ignore': case 'inherit': return [stdio, stdio, stdio];
      default: throw ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  }
  if (!Array.isArray(stdio)) throw ERR_INVALID_ARG_VALUE('stdio', stdio);
  const out = [];
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let s = stdio[i];
    if (s === null || s === undefined) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore' || s === 'inherit') {
      out.push(s);
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      out.push('pipe');
    } else if (s === 'ipc') {
      throw makeNodeError(Error, 'ERR_NOT_SUPPORTED', 'jsvm does not support an IPC channel');
    } else if (typeof s === 'number' || (typeof s === 'object' && typeof s.fd === 'number')) {
      out.push(typeof s === 'number' ? s : s.fd);
    } else if (typeof s === 'string' || ArrayBuffer.isView(s)) {
      if (!sync) {
        util ??= require('util');
        throw makeNodeError(TypeError, 'ERR_INVALID_SYNC_FORK_INPUT',
                            'Asynchronous forks do not support Buffer, TypedArray, DataView or ' +
                            `string input: ${util.inspect(s)}`);
      }
      out.push(i === 0 ? { input: s } : 'pipe');
    } else {
      throw ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return out;
}

function onErrorNT(child, err) {
  child._onExit(err, null);
}

function onSpawnNT(child) {
  child.emit('spawn');
}

function flushStdio(child) {
  if (child.stdio == null) return;
  for (const stream of child.stdio) {
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = { id: -1 };
  }

  spawn(options) {
    validateObject(options, 'options');
    const stdio = stdioArray(options.stdio || 'pipe', false);
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }
    const r = native.spawn({
      file: options.file,
      args: this.spawnargs,
      envPairs: options.envPairs || envPairsOf(process.env),
      cwd: options.cwd,
      stdio: stdio.slice(0, 3),
      detached: !!options.detached,
      uid: options.uid,
      gid: options.gid,
    });
    let err = 0;
    let ids = [-1, -1, -1];
    if (typeof r === 'number') {
      err = r;
      if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
          err === UV_ENFILE || err === UV_ENOENT) {
        process.nextTick(onErrorNT, this, err);
        if (err === UV_EMFILE || err === UV_ENFILE) return err;
      } else {
        this._handle = null;
        throw uvError(err, 'spawn');
      }
    } else {
      this._handle = { id: r[0] };
      ioTargets.set(r[0], this);
      this.pid = r[1];
      ids = r.slice(2);
      process.nextTick(onSpawnNT, this);
    }
    if (err) this.pid = undefined;
    const sockets = stdio.map((s, i) => {
      if (s !== 'pipe' || i > 2) return null;
      const socket = new Socket(ids[i], i > 0);
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        socket.on('close', () => maybeClose(this));
      }
      return socket;
    });
    this.stdin = sockets[0];
    this.stdout = sockets[1];
    this.stderr = sockets[2];
    this.stdio = sockets;
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = native.kill(this._handle.id, signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already gone.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw uvError(err, 'kill');
      } else {
        this.emit('error', uvError(err, 'kill'));
      }
    }
    return false;
  }

  ref() {
    if (this._handle) native.ref(this._handle.id, true);
  }

  unref() {
    if (this._handle) native.ref(this._handle.id, false);
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  // What the loop reports: the child ended.
  onIo(kind, code, signo) {
    if (kind !== 'exit') return;
    ioTargets.delete(this._handle.id);
    if (signo) this._onExit(null, signalNames.get(signo));
    else this._onExit(code, null);
  }

  _onExit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = uvError(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }
}

// ----- arguments ------------------------------------------------------------------

function nullCheck(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function validatedPath(path, name) {
  if (typeof path === 'string') {
    nullCheck(path, name);
    return path;
  }
  if (Buffer.isBuffer(path)) return validatedPath(path.toString(), name);
  if (path !== null && typeof path === 'object' && path.href !== undefined &&
      path.protocol !== undefined) {
    if (path.protocol !== 'file:') {
      throw makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    }
    return validatedPath(decodeURIComponent(path.pathname), name);
  }
  throw ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
}

function envPairsOf(env) {
  const pairs = [];
  // Inherited properties count too, as in Node.
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      nullCheck(key, `options.env['${key}']`);
      nullCheck(value, `options.env['${key}']`);
      pairs.push(`${key}=${value}`);
    }
  }
  return pairs;
}

let emittedDEP0190 = false;
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  nullCheck(file, 'file');
  if (file.length === 0) throw ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) nullCheck(args[i], `args[${i}]`);
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  let cwd = options.cwd;
  if (cwd != null) cwd = validatedPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null) validateInt32(options.uid, 'options.uid');
  if (options.gid != null) validateInt32(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    nullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.shell) {
    nullCheck(options.shell, 'options.shell');
    if (args.length > 0 && !emittedDEP0190) {
      emittedDEP0190 = true;
      process.emitWarning(
        'Passing args to a child process with shell option true can lead to security ' +
        'vulnerabilities, as the arguments are not escaped, only concatenated.',
        'DeprecationWarning', 'DEP0190');
    }
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);
  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs: envPairsOf(options.env || process.env),
    file,
  };
}

function validateTimeout(timeout) {
  if (timeout != null) {
    validateNumber(timeout, 'timeout');
    if (!Number.isInteger(timeout)) throw ERR_OUT_OF_RANGE('timeout', 'an integer', timeout);
    validateNumber(timeout, 'timeout', 0, Number.MAX_SAFE_INTEGER);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null) validateNumber(maxBuffer, 'options.maxBuffer', 0);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  }
  if (killSignal != null) {
    throw ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

// ----- spawn, exec, execFile ---------------------------------------------------------

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  const signal = options.signal;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }
  if (signal) {
    const onAbort = () => {
      try {
        if (child.kill(killSignal)) {
          const { AbortError } = require('internal/abort');
          child.emit('error', new AbortError(undefined, { cause: signal.reason }));
        }
      } catch (err) {
        child.emit('error', err);
      }
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    nullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  nullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
  });
  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  const chunks = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let killed = false;
  let exited = false;
  let timer = null;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const joined = (name) => (encoding || child[name]?.readableEncoding ?
      chunks[name].join('') : Buffer.concat(chunks[name]));
    const stdout = joined('stdout');
    const stderr = joined('stderr');
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args.length > 0) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? errorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    child.stdout?.destroy();
    child.stderr?.destroy();
    exithandler();
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      kill();
      timer = null;
    }, options.timeout);
  }
  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        chunks[name].push(chunk);
        return;
      }
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        const keep = options.maxBuffer - (lengths[name] - length);
        chunks[name].push(chunk.slice(0, keep));
        ex = ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks[name].push(chunk);
      }
    });
  }
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
function promisified(orig) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}
Object.defineProperty(exec, promisifyCustom, { enumerable: false, value: promisified(exec) });
Object.defineProperty(execFile, promisifyCustom, {
  enumerable: false, value: promisified(execFile),
});

// ----- synchronous -------------------------------------------------------------

function spawnSync(file, args, options) {
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = stdioArray(options.stdio || 'pipe', true);
  let input;
  const given = options.input || stdio[0]?.input;
  if (given != null) {
    const v = given;
    if (ArrayBuffer.isView(v)) {
      input = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    } else if (typeof v === 'string') {
      input = Buffer.from(v, options.encoding);
    } else {
      throw ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], v);
    }
    stdio[0] = 'pipe';
  }
  const r = native.spawnSync({
    file: options.file,
    args: options.args,
    envPairs: options.envPairs,
    cwd: options.cwd,
    stdio: stdio.slice(0, 3),
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
  }, input, options.timeout || 0, killSignal ?? signals.SIGTERM, options.maxBuffer);
  const result = {};
  if (r.error !== undefined) result.error = r.error;
  result.status = r.status === undefined || r.status === -1 ? null : r.status;
  result.signal = r.signal ? signalNames.get(r.signal) : null;
  if (r.pid === 0) {
    result.output = null;
  } else {
    const bytes = (u8) => (u8 === undefined ? null : Buffer.from(u8.buffer, u8.byteOffset, u8.length));
    result.output = stdio.map((s, i) => (i === 1 ? bytes(r.stdout) : i === 2 ? bytes(r.stderr) : null));
    if (options.encoding && options.encoding !== 'buffer') {
      result.output = result.output.map((o) => (o ? o.toString(options.encoding) : o));
    }
  }
  result.pid = r.pid;
  result.stdout = result.output?.[1];
  result.stderr = result.output?.[2];
  if (result.error !== undefined) {
    result.error = uvError(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = `Command failed: ${cmd || args.join(' ')}`;
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function fork() {
  throw makeNodeError(Error, 'ERR_NOT_SUPPORTED', 'child_process.fork is not supported by jsvm');
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
