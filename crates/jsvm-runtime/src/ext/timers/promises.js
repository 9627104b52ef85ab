// jsvm: `node:timers/promises`: setTimeout, setImmediate, setInterval (an
// async iterator) and scheduler, with AbortSignal and `ref`, as Node 26.
// Body of a function (module, exports, internals, require).
'use strict';

const timers = require('timers');
const { AbortError } = require('internal/abort');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

const abortErrorOf = (signal) => new AbortError(undefined, { cause: signal?.reason });

function schedule(start, clear, args, options) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(abortErrorOf(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, args);
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortErrorOf(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  if (after !== undefined && typeof after !== 'number') after = Number(after);
  return schedule((done) => timers.setTimeout(done, after, value), timers.clearTimeout,
                  undefined, options);
}

function setImmediate(value, options = {}) {
  return schedule((done) => timers.setImmediate(done, value), timers.clearImmediate,
                  undefined, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortErrorOf(signal);
  let notYielded = 0;
  let wake = null;
  const interval = timers.setInterval(() => {
    notYielded++;
    if (wake) {
      wake();
      wake = null;
    }
  }, after);
  if (!ref) interval.unref();
  let onAbort;
  if (signal) {
    onAbort = () => {
      timers.clearInterval(interval);
      if (wake) {
        wake();
        wake = null;
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortErrorOf(signal);
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
