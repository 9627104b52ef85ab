// jsvm: `node:fs`, the synchronous basics and the callback API. The system
// calls are natives (ext/fs/mod.rs), which throw Node's errors (`ENOENT: no
// such file or directory, open '/x'` with errno, code, syscall, path); the
// callback API's run on the thread pool of ext/fs/pool.rs.
// Body of a function (module, exports, internals, require).
'use strict';

const native = internals.fs;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  makeNodeError,
  validateObject,
  validateBoolean,
} = require('internal/errors');
const { Buffer } = require('buffer');

const constants = {
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440,
  S_IFREG: 32768,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960,
  S_IFSOCK: 49152,
  O_CREAT: 64,
  O_EXCL: 128,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: 256,
  O_TRUNC: 512,
  O_APPEND: 1024,
  O_DIRECTORY: 65536,
  O_NOATIME: 262144,
  O_NOFOLLOW: 131072,
  O_SYNC: 1052672,
  O_DSYNC: 4096,
  O_DIRECT: 16384,
  O_NONBLOCK: 2048,
  S_IRWXU: 448,
  S_IRUSR: 256,
  S_IWUSR: 128,
  S_IXUSR: 64,
  S_IRWXG: 56,
  S_IRGRP: 32,
  S_IWGRP: 16,
  S_IXGRP: 8,
  S_IRWXO: 7,
  S_IROTH: 4,
  S_IWOTH: 2,
  S_IXOTH: 1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};

// ----- arguments ---------------------------------------------------------------

function nullCheck(path, name) {
  if (typeof path === 'string' && path.includes('\u0000')) {
    throw ERR_INVALID_ARG_VALUE(name, path,
                                'must be a string, Uint8Array, or URL without null bytes');
  }
}

// A path argument: a string, a Buffer/Uint8Array, or a file: URL.
function getValidatedPath(path, name = 'path') {
  if (path instanceof Uint8Array) path = Buffer.from(path.buffer, path.byteOffset, path.length).toString();
  else if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
           path.protocol === 'file:') {
    path = decodeURIComponent(path.pathname);
  }
  if (typeof path !== 'string') throw ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  nullCheck(path, name);
  return path;
}

function isFd(v) {
  return (v >>> 0) === v;
}

function getValidatedFd(fd) {
  if (!Number.isInteger(fd)) throw ERR_INVALID_ARG_TYPE('fd', 'number', fd);
  if (fd < 0 || fd > 2147483647) throw ERR_OUT_OF_RANGE('fd', '>= 0 && <= 2147483647', fd);
  return fd;
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                        `The argument 'encoding' is invalid encoding. Received ${
                          require('internal/inspect').inspect(encoding)}`);
  }
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  return options;
}

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
  return value;
}

const numericFlags = new Map([
  [0, 'r'], [2, 'r+'], [577, 'w'], [705, 'wx'], [578, 'w+'], [706, 'wx+'],
  [1089, 'a'], [1217, 'ax'], [1090, 'a+'], [1218, 'ax+'],
]);
const stringFlags = new Set(['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+',
  'wx+', 'xw+', 'a', 'ax', 'xa', 'as', 'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+']);

function flagString(flag, def) {
  if (flag == null) return def;
  if (typeof flag === 'number') {
    const s = numericFlags.get(flag);
    if (s !== undefined) return s;
  } else if (stringFlags.has(flag)) {
    return flag;
  }
  throw ERR_INVALID_ARG_VALUE('flags', flag);
}

function bufferOf(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.length);
}

// ----- reading and writing -------------------------------------------------------

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  flagString(options.flag, 'r');
  const buffer = bufferOf(native.readFile(target));
  const { encoding } = options;
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function bytesOf(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = bytesOf(data, options.encoding);
  const flag = flagString(options.flag, 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path, 'path');
  native.writeFile(target, bytes, flag, mode);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

let existsDeprecationShown = false;
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (e) {
    if (e.code === 'ERR_INVALID_ARG_TYPE' && !existsDeprecationShown) {
      existsDeprecationShown = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
                          'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  return native.exists(path);
}

// Node's getValidMode for access (its own wording).
function checkAccessMode(mode) {
  if (mode == null) return constants.F_OK;
  if (typeof mode !== 'number') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!(mode >= 0 && mode <= 7)) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode | 0;
}

function accessSync(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  native.access(path, checkAccessMode(mode));
}

// ----- directories -------------------------------------------------------------

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  return native.mkdir(path, recursive, mode);
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }

  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }

  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }

  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }

  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }

  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }

  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function readdirSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  const withFileTypes = Boolean(options.withFileTypes);
  const encode = (name) => (options.encoding === 'buffer' ? Buffer.from(name) : name);
  if (options.recursive) {
    const out = [];
    const walk = (dir, rel) => {
      const [names, types] = native.readdir(dir, true);
      for (let i = 0; i < names.length; i++) {
        const relName = rel === '' ? names[i] : `${rel}/${names[i]}`;
        out.push(withFileTypes ? new Dirent(names[i], types[i], dir) : encode(relName));
        if (types[i] === constants.UV_DIRENT_DIR) walk(`${dir}/${names[i]}`, relName);
      }
    };
    walk(path, '');
    return out;
  }
  if (!withFileTypes) return native.readdir(path, false).map(encode);
  const [names, types] = native.readdir(path, true);
  return names.map((n, i) => new Dirent(encode(n), types[i], path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) return rmSync(path, { recursive: true });
  native.rmdir(path);
}

function unlinkSync(path) {
  native.unlink(getValidatedPath(path));
}

class SystemError extends Error {
  constructor(key, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    Object.defineProperty(this, 'name', {
      value: 'SystemError', enumerable: false, writable: true, configurable: true,
    });
    this.code = key;
    Object.defineProperty(this, 'info', {
      value: context, enumerable: true, configurable: true, writable: false,
    });
    for (const prop of ['errno', 'syscall', 'path', 'dest']) {
      if (context[prop] === undefined) continue;
      Object.defineProperty(this, prop, {
        get() { return context[prop]; },
        set(value) { context[prop] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    Object.defineProperty(this, 'stack', {
      value: `SystemError [${key}]: ${message}${String(this.stack).replace(/^[^\n]*/, '')}`,
      writable: true, enumerable: false, configurable: true,
    });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  if (options !== undefined) validateObject(options, 'options');
  const { recursive = false, force = false } = options || {};
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  let stat;
  try {
    stat = native.stat(path, false, true);
  } catch (err) {
    if (err.code === 'ENOENT' && force) return;
    throw err;
  }
  const isDir = (stat[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (isDir && !recursive) {
    throw new SystemError('ERR_FS_EISDIR', 'Path is a directory', {
      code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
    });
  }
  const remove = (p, dir) => {
    if (dir) {
      const [names, types] = native.readdir(p, true);
      for (let i = 0; i < names.length; i++) {
        remove(`${p}/${names[i]}`, types[i] === constants.UV_DIRENT_DIR);
      }
      native.rmdir(p);
    } else {
      native.unlink(p);
    }
  };
  remove(path, isDir);
}

function renameSync(oldPath, newPath) {
  native.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFileSync(src, dest, mode = 0) {
  native.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), mode);
}

function realpathSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  let r;
  try {
    r = native.realpath(path);
  } catch (e) {
    // Node's realpathSync looks at each part of the resolved path in turn:
    // the failure names the part that failed, as lstat saw it.
    const parts = require('path').resolve(path).split('/');
    for (let i = 2; i <= parts.length; i++) native.stat(parts.slice(0, i).join('/'), false, true);
    throw e;
  }
  return options.encoding === 'buffer' ? Buffer.from(r) : r;
}
realpathSync.native = realpathSync;

function readlinkSync(path, options) {
  options = getOptions(options, {});
  const r = native.readlink(getValidatedPath(path, 'oldPath'));
  return options.encoding === 'buffer' ? Buffer.from(r) : r;
}

function symlinkSync(target, path) {
  native.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}

function chmodSync(path, mode) {
  native.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  const r = native.mkdtemp(prefix);
  return options.encoding === 'buffer' ? Buffer.from(r) : r;
}

// ----- stats ---------------------------------------------------------------

const kNs = [Symbol('partialAtimeNs'), Symbol('partialMtimeNs'), Symbol('partialCtimeNs'),
  Symbol('kPartialBirthtimeNs')];

class StatsBase {
  isDirectory() { return this._checkModeProperty(constants.S_IFDIR); }

  isFile() { return this._checkModeProperty(constants.S_IFREG); }

  isBlockDevice() { return this._checkModeProperty(constants.S_IFBLK); }

  isCharacterDevice() { return this._checkModeProperty(constants.S_IFCHR); }

  isSymbolicLink() { return this._checkModeProperty(constants.S_IFLNK); }

  isFIFO() { return this._checkModeProperty(constants.S_IFIFO); }

  isSocket() { return this._checkModeProperty(constants.S_IFSOCK); }
}

const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
const times = ['atime', 'mtime', 'ctime', 'birthtime'];

class Stats extends StatsBase {
  constructor(a) {
    super();
    for (let i = 0; i < fields.length; i++) this[fields[i]] = a[i];
    for (let t = 0; t < 4; t++) this[`${times[t]}Ms`] = a[10 + 2 * t] * 1e3 + a[11 + 2 * t] / 1e6;
    for (let t = 0; t < 4; t++) this[kNs[t]] = a[11 + 2 * t];
  }

  _checkModeProperty(property) {
    return (this.mode & constants.S_IFMT) === property;
  }
}
for (const t of times) {
  Object.defineProperty(Stats.prototype, t, {
    get() {
      const value = new Date(this[`${t}Ms`]);
      Object.defineProperty(this, t, { value, writable: true, enumerable: false, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, t, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: false,
    configurable: true,
  });
}

class BigIntStats extends StatsBase {
  constructor(a) {
    super();
    for (let i = 0; i < fields.length; i++) this[fields[i]] = BigInt(a[i]);
    const ns = [];
    for (let t = 0; t < 4; t++) ns.push(BigInt(a[10 + 2 * t]) * 1000000000n + BigInt(a[11 + 2 * t]));
    for (let t = 0; t < 4; t++) this[`${times[t]}Ms`] = ns[t] / 1000000n;
    for (let t = 0; t < 4; t++) this[`${times[t]}Ns`] = ns[t];
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(constants.S_IFMT)) === BigInt(property);
  }
}
for (const t of times) {
  Object.defineProperty(BigIntStats.prototype, t, {
    get() {
      const value = new Date(Number(this[`${t}Ms`]));
      Object.defineProperty(this, t, { value, writable: true, enumerable: false, configurable: true });
      return value;
    },
    enumerable: false,
    configurable: true,
  });
}

function makeStats(a, options) {
  if (a === undefined) return undefined;
  return options?.bigint ? new BigIntStats(a) : new Stats(a);
}

function statOptions(options) {
  return options || {};
}

function statSync(path, options) {
  options = statOptions(options);
  const throwIfNoEntry = options.throwIfNoEntry !== false;
  return makeStats(native.stat(getValidatedPath(path), true, throwIfNoEntry), options);
}

function lstatSync(path, options) {
  options = statOptions(options);
  const throwIfNoEntry = options.throwIfNoEntry !== false;
  return makeStats(native.stat(getValidatedPath(path), false, throwIfNoEntry), options);
}

function fstatSync(fd, options) {
  options = statOptions(options);
  return makeStats(native.stat(getValidatedFd(fd), true, true), options);
}


// ----- the callback API ----------------------------------------------------------
// Each call checks its arguments as the sync one does (throwing at once),
// then hands the system calls to the thread pool (ext/fs/pool.rs):
// `native.request` gives an id, and the loop's poll phase reports the
// result through the `io` hook (internal/bootstrap.js) as
// `onIo('fs', error, value)`; the pending request keeps the loop alive.

function maybeCallback(cb) {
  if (typeof cb !== 'function') throw ERR_INVALID_ARG_TYPE('cb', 'function', cb);
  return cb;
}

// Starts a request; `done(err, value)` runs in the poll phase.
function request(op, args, done) {
  const id = native.request(op, ...args);
  const targets = internals.loop.ioTargets;
  targets.set(id, {
    onIo(kind, err, value) {
      targets.delete(id);
      done(err, value);
    },
  });
}

// As Node's FSReqCallback: `cb(err)`, `cb(null)` or `cb(null, value)`.
function complete(cb, map) {
  return (err, value) => {
    if (err !== undefined) return cb(err);
    if (map) value = map(value);
    if (value === undefined) return cb(null);
    return cb(null, value);
  };
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  flagString(options.flag, 'r');
  const { encoding } = options;
  request('readFile', [target], complete(callback, (u8) => {
    const buffer = bufferOf(u8);
    return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
  }));
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = bytesOf(data, options.encoding);
  const flag = flagString(options.flag, 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path, 'path');
  request('writeFile', [target, bytes, flag, mode], complete(callback));
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function statRequest(target, follow, options, callback) {
  request('stat', [target, follow], complete(callback, (a) => makeStats(a, options)));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = maybeCallback(callback);
  statRequest(getValidatedPath(path), true, options, callback);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = maybeCallback(callback);
  statRequest(getValidatedPath(path), false, options, callback);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = maybeCallback(callback);
  statRequest(getValidatedFd(fd), true, options, callback);
}

function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  const withFileTypes = Boolean(options.withFileTypes);
  const encode = (name) => (options.encoding === 'buffer' ? Buffer.from(name) : name);
  if (!options.recursive) {
    request('readdir', [path], complete(callback, ([names, types]) => (withFileTypes ?
      names.map((n, i) => new Dirent(encode(n), types[i], path)) : names.map(encode))));
    return;
  }
  // recursive: each directory is one request, in the order readdirSync
  // lists them.
  const out = [];
  const walk = (dir, rel, done) => {
    request('readdir', [dir], (err, value) => {
      if (err !== undefined) return done(err);
      const [names, types] = value;
      let i = 0;
      const next = (e) => {
        if (e) return done(e);
        if (i === names.length) return done();
        const name = names[i];
        const type = types[i++];
        const relName = rel === '' ? name : `${rel}/${name}`;
        out.push(withFileTypes ? new Dirent(name, type, dir) : encode(relName));
        if (type === constants.UV_DIRENT_DIR) walk(`${dir}/${name}`, relName, next);
        else next();
      };
      next();
    });
  };
  walk(path, '', (err) => (err ? callback(err) : callback(null, out)));
}

function mkdir(path, options, callback) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  request('mkdir', [path, recursive, mode], complete(callback));
}

function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  if (options !== undefined) validateObject(options, 'options');
  const { recursive = false, force = false } = options || {};
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  request('stat', [path, false], (err, st) => {
    if (err !== undefined) {
      if (err.code === 'ENOENT' && force) return callback(null);
      return callback(err);
    }
    const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
    if (isDir && !recursive) {
      return callback(new SystemError('ERR_FS_EISDIR', 'Path is a directory', {
        code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
      }));
    }
    removeTree(path, isDir, (e) => (e ? callback(e) : callback(null)));
  });
}

// Removes a file, or a directory and what is in it, one request a step.
function removeTree(p, dir, done) {
  if (!dir) return request('unlink', [p], done);
  request('readdir', [p], (err, value) => {
    if (err !== undefined) return done(err);
    const [names, types] = value;
    let i = 0;
    const next = (e) => {
      if (e) return done(e);
      if (i === names.length) return request('rmdir', [p], done);
      const name = names[i];
      removeTree(`${p}/${name}`, types[i++] === constants.UV_DIRENT_DIR, next);
    };
    next();
  });
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) return rm(path, { recursive: true }, callback);
  request('rmdir', [path], complete(callback));
}

function unlink(path, callback) {
  callback = maybeCallback(callback);
  request('unlink', [getValidatedPath(path)], complete(callback));
}

function rename(oldPath, newPath, callback) {
  callback = maybeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  request('rename', [oldPath, newPath], complete(callback));
}

function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = constants.F_OK; }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  mode = checkAccessMode(mode);
  request('access', [path, mode], complete(callback));
}

function exists(path, callback) {
  maybeCallback(callback);
  try {
    path = getValidatedPath(path);
  } catch {
    return callback(false);
  }
  request('exists', [path], (err, value) => callback(value === true));
}

function realpath(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  const { encoding } = options;
  request('realpath', [path], complete(callback, (r) => (encoding === 'buffer' ? Buffer.from(r) : r)));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  callback = maybeCallback(callback);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode ??= 0;
  request('copyFile', [src, dest, mode], complete(callback));
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  callback = maybeCallback(callback);
  flags = flagString(flags ?? 'r', 'r');
  request('open', [path, flags, mode], complete(callback));
}

function close(fd, callback = () => {}) {
  fd = getValidatedFd(fd);
  if (callback !== undefined) callback = maybeCallback(callback);
  request('close', [fd], complete(callback));
}

function validateRange(value, name, max) {
  if (!Number.isInteger(value)) throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (value < 0) throw ERR_OUT_OF_RANGE(name, max === Number.MAX_SAFE_INTEGER && name === 'length' ? '>= 0' : `>= 0 && <= ${max}`, value);
  if (value > max) throw ERR_OUT_OF_RANGE(name, `>= 0 && <= ${max}`, value);
}

function positionOf(position) {
  if (position === null || position === undefined || position === -1) return -1;
  if (typeof position === 'bigint') return Number(position);
  if (!Number.isInteger(position)) throw ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
  return position;
}

function read(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  if (arguments.length <= 4 && typeof arguments[arguments.length - 1] === 'function') {
    callback = arguments[arguments.length - 1];
    let opts = {};
    if (arguments.length === 3 && buffer !== null && typeof buffer === 'object' &&
        !ArrayBuffer.isView(buffer)) {
      opts = buffer;
      buffer = undefined;
    } else if (arguments.length === 4) {
      opts = offset || {};
    }
    ({ buffer = buffer ?? Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset,
      position = null } = opts);
  }
  callback = maybeCallback(callback);
  if (!ArrayBuffer.isView(buffer)) {
    throw ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  offset ??= 0;
  validateRange(offset, 'offset', Number.MAX_SAFE_INTEGER);
  length ??= buffer.byteLength - offset;
  validateRange(length, 'length', Number.MAX_SAFE_INTEGER);
  if (length > buffer.byteLength - offset) {
    throw ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  const pos = positionOf(position);
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  request('read', [fd, length, pos], (err, bytes) => {
    if (err !== undefined) return callback(err);
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
    callback(null, bytes.length, buffer);
  });
}

function write(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  let bytes;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'function') { callback = offset; offset = 0; length = undefined; position = null; }
    else if (typeof length === 'function') { callback = length; length = undefined; position = null; }
    else if (typeof position === 'function') { callback = position; position = null; }
    offset ??= 0;
    validateRange(offset, 'offset', buffer.byteLength);
    length ??= buffer.byteLength - offset;
    validateRange(length, 'length', buffer.byteLength - offset);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  } else {
    if (typeof buffer !== 'string') {
      throw ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    // write(fd, string[, position[, encoding]], callback)
    let encoding = 'utf8';
    if (typeof offset === 'function') { callback = offset; position = null; }
    else if (typeof length === 'function') { callback = length; position = offset; }
    else { callback = position; position = offset; encoding = length ?? 'utf8'; }
    bytes = Buffer.from(buffer, encoding);
  }
  callback = maybeCallback(callback);
  const pos = positionOf(position);
  request('write', [fd, bytes, pos], (err, n) => {
    if (err !== undefined) return callback(err);
    callback(null, n, buffer);
  });
}

module.exports = {
  access,
  appendFile,
  close,
  copyFile,
  exists,
  fstat,
  lstat,
  mkdir,
  open,
  read,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
  unlink,
  write,
  writeFile,
  appendFileSync,
  accessSync,
  chmodSync,
  copyFileSync,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  Dirent,
  Stats,
  constants,
};
// fs.promises: loaded on first use (it requires this module).
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('fs/promises'); },
});
