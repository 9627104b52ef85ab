// jsvm: `node:tty`: isatty, and ReadStream/WriteStream for terminals, with
// Node 26's colour-depth rules (getColorDepth/hasColors read FORCE_COLOR,
// NO_COLOR, NODE_DISABLE_COLORS, TERM, COLORTERM, TMUX, CI, ...), so that
// colour libraries decide as under Node. process.stdout and process.stderr
// are WriteStreams when they are terminals. Body of a function (module,
// exports, internals, require).
'use strict';

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  makeNodeError, validateInteger,
} = require('internal/errors');

const native = internals.tty;

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && native.isatty(fd);
}

function checkFd(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw makeNodeError(RangeError, 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
  }
  if (!native.isatty(fd)) {
    const err = makeNodeError(Error, 'ERR_TTY_INIT_FAILED',
      'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
    err.name = 'SystemError';
    throw err;
  }
}

// ----- colour depth ---------------------------------------------------------
const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values with a known depth, then patterns of 16-colour terminals.
const knownTerms = new Map([
  ['eterm', COLORS_16], ['cons25', COLORS_16], ['console', COLORS_16], ['cygwin', COLORS_16],
  ['dtterm', COLORS_16], ['gnome', COLORS_16], ['hurd', COLORS_16], ['jfbterm', COLORS_16],
  ['konsole', COLORS_16], ['kterm', COLORS_16], ['mlterm', COLORS_16], ['mosh', COLORS_16m],
  ['putty', COLORS_16], ['st', COLORS_16], ['rxvt-unicode-24bit', COLORS_16m],
  ['terminator', COLORS_16m], ['xterm-kitty', COLORS_16m],
]);
const sixteenColorTerms = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/,
  /^screen/, /^xterm/, /^vt100/, /^vt220/];
// CI services, when CI is set.
const ciServices = new Map([
  ['APPVEYOR', COLORS_256], ['BUILDKITE', COLORS_256], ['CIRCLECI', COLORS_16m],
  ['DRONE', COLORS_256], ['GITEA_ACTIONS', COLORS_16m], ['GITHUB_ACTIONS', COLORS_16m],
  ['GITLAB_CI', COLORS_256], ['TRAVIS', COLORS_256],
]);

let forceWarned = false;
function forced(env, depth) {
  if (!forceWarned) {
    const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((n) => env[n] !== undefined);
    if (ignored.length > 0) {
      forceWarned = true;
      process.emitWarning(
        `The '${ignored.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`,
        'Warning');
    }
  }
  return depth;
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return forced(env, COLORS_16);
      case '2': return forced(env, COLORS_256);
      case '3': return forced(env, COLORS_16m);
      default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_16m;
  if (env.CI !== undefined) {
    for (const [name, depth] of ciServices) if (name in env) return depth;
    return env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ?
        COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
    default:
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (knownTerms.has(term)) return knownTerms.get(term);
    if (sixteenColorTerms.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

// ----- streams ----------------------------------------------------------------
// The descriptor (a net.Socket's handle has it in Node).
const kFd = Symbol('kFd');

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd);
  EventEmitter.call(this);
  this[kFd] = fd;
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ReadStream, EventEmitter);
ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = Boolean(flag);
  if (!native.setRawMode(this[kFd], flag)) {
    const err = new Error('setRawMode EIO');
    err.code = 'EIO';
    err.errno = -5;
    err.syscall = 'setRawMode';
    throw err;
  }
  this.isRaw = flag;
  return this;
};

// Where Node's WriteStream has a net.Socket's write and end.
const writable = Object.create(EventEmitter.prototype);

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd);
  EventEmitter.call(this);
  this[kFd] = fd;
  this._type = 'tty';
  this.writable = true;
  const size = native.windowSize(fd);
  if (size) [this.columns, this.rows] = size;
}
Object.setPrototypeOf(WriteStream.prototype, writable);
Object.setPrototypeOf(WriteStream, EventEmitter);
WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = function getColorDepth_(env) {
  return getColorDepth(env);
};
Object.defineProperty(WriteStream.prototype.getColorDepth, 'name', { value: 'getColorDepth' });
WriteStream.prototype.hasColors = function hasColors_(count, env) {
  return hasColors(count, env);
};
Object.defineProperty(WriteStream.prototype.hasColors, 'name', { value: 'hasColors' });
// Reads the window size again; emits 'resize' when it changed.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = native.windowSize(this[kFd] ?? this.fd);
  if (!size) return;
  const [columns, rows] = size;
  if (columns !== this.columns || rows !== this.rows) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
};
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};
writable.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  const { Buffer } = require('buffer');
  if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
  else if (!(chunk instanceof Uint8Array)) {
    throw ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  native.write(this[kFd], chunk);
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
};
writable.end = function end(chunk, encoding, cb) {
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = undefined;
  }
  if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
  if (typeof cb === 'function') process.nextTick(cb);
  return this;
};

// The cursor and line controls write ANSI escape sequences (as readline's).
const CSI = '\x1b[';
function done(cb) {
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
}
WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) {
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  if (typeof x !== 'number') return done(cb);
  this.write(typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  return done(cb);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) {
  let s = '';
  if (dx < 0) s += `${CSI}${-dx}D`;
  else if (dx > 0) s += `${CSI}${dx}C`;
  if (dy < 0) s += `${CSI}${-dy}A`;
  else if (dy > 0) s += `${CSI}${dy}B`;
  if (s) this.write(s);
  return done(cb);
};
WriteStream.prototype.clearLine = function clearLine(dir, cb) {
  this.write(dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);
  return done(cb);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) {
  this.write(`${CSI}0J`);
  return done(cb);
};

module.exports = { isatty, ReadStream, WriteStream };
