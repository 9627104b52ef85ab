// jsvm: `node:timers`: setTimeout, setInterval, setImmediate and their
// clear functions, with Node 26's Timeout and Immediate objects. The loop
// (src/event_loop.rs) keeps what is due when; callbacks live here.
// Body of a function (module, exports, internals, require).
'use strict';

const loop = internals.loop;
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const TIMEOUT_MAX = 2 ** 31 - 1;
let nextId = 1;
const timers = new Map();
const immediates = new Map();

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    throw ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
}

// Node's Timeout delay: 1 ms for what is not a number from 1 to 2^31-1,
// with a warning for NaN, negative and too large delays.
function delayOf(after) {
  if (after === undefined) return 1;
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    const set = '\nTimeout duration was set to 1.';
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.${set}`,
                          'TimeoutOverflowWarning');
    } else if (after < 0) {
      process.emitWarning(`${after} is a negative number.${set}`, 'TimeoutNegativeWarning');
    } else if (Number.isNaN(after)) {
      process.emitWarning(`${after} is not a number.${set}`, 'TimeoutNaNWarning');
    }
    after = 1;
  }
  return after;
}

const kSetRef = Symbol('setRef');

// ref/unref/hasRef, shared by Timeout and Immediate.
class Handle {
  ref() {
    this.refed = true;
    this[kSetRef](true);
    return this;
  }

  unref() {
    this.refed = false;
    this[kSetRef](false);
    return this;
  }

  hasRef() {
    return this.refed;
  }
}

class Timeout extends Handle {
  constructor(callback, after, args, isRepeat) {
    super();
    after = delayOf(after);
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    Object.defineProperty(this, 'id', { value: nextId++, enumerable: false });
    Object.defineProperty(this, 'refed', { value: true, writable: true, enumerable: false });
    timers.set(this.id, this);
    loop.timerStart(this.id, after, true);
  }

  refresh() {
    if (!this._destroyed) loop.timerStart(this.id, this._idleTimeout, this.refed);
    return this;
  }

  [kSetRef](refed) {
    loop.timerRef(this.id, refed);
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this.id;
  }
}

class Immediate extends Handle {
  constructor(callback, args) {
    super();
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    Object.defineProperty(this, 'id', { value: nextId++, enumerable: false });
    Object.defineProperty(this, 'refed', { value: true, writable: true, enumerable: false });
    immediates.set(this.id, this);
    loop.immediateStart(this.id, true);
  }

  [kSetRef](refed) {
    loop.immediateRef(this.id, refed);
  }
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  return new Timeout(callback, after, args, false);
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  return new Timeout(callback, repeat, args, true);
}

function timerOf(timer) {
  if (timer == null) return undefined;
  if (typeof timer === 'object') return timers.get(timer.id) === timer ? timer : undefined;
  return timers.get(Number(timer));
}

function clearTimeout(timer) {
  const t = timerOf(timer);
  if (t === undefined) return;
  t._destroyed = true;
  timers.delete(t.id);
  loop.timerStop(t.id);
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || immediates.get(immediate.id) !== immediate) return;
  immediate._destroyed = true;
  immediates.delete(immediate.id);
  loop.immediateStop(immediate.id);
}

// Called by the loop.
function fireTimer(id) {
  const t = timers.get(id);
  if (t === undefined) return;
  if (t._repeat !== null) {
    loop.timerStart(id, t._repeat, t.refed);
  } else {
    t._destroyed = true;
    timers.delete(id);
  }
  Reflect.apply(t._onTimeout, t, t._timerArgs);
}

function fireImmediate(id) {
  const i = immediates.get(id);
  if (i === undefined) return;
  i._destroyed = true;
  immediates.delete(id);
  Reflect.apply(i._onImmediate, i, i._argv);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  fireTimer,
  fireImmediate,
};
