'use strict';
// jsvm's stand-in for the `test/common` module of Node's test suite, written
// for this project (it is not Node's code). It offers the helpers Node's vm
// tests use, with the same contracts:
//   mustCall(fn?, exact = 1)     fn must run exactly `exact` times before exit
//   mustCallAtLeast(fn?, min = 1)
//   mustNotCall(msg?)            a function that fails the test if it runs
//   mustSucceed(fn?, exact = 1)  a callback whose first argument must be null
//   expectsError(validator, exact = 1)
//   expectWarning(name, messages, code?) / expectWarning({ name: [...] })
//   allowGlobals(...values)      values a test may leave on globalThis
//   skip(msg)                    reports the test as skipped and exits 0
//   platformTimeout(ms), isWindows, isASan, invalidArgTypeHelper(value),
//   getArrayBufferViews(buffer)
// At exit, a call-count mismatch, an unseen expected warning, or a global
// the test added and did not allow makes the process exit with status 1.
const assert = require('assert');
const util = require('util');

const isWindows = process.platform === 'win32';
const isASan = process.env.JSVM_TEST_ASAN === '1';

const expectations = [];
const problems = [];

function noop() {}

function wrap(fn, check) {
  const record = { actual: 0, check, name: fn.name || '<anonymous>',
                   where: new Error().stack.split('\n').slice(3, 4).join('').trim() };
  expectations.push(record);
  const wrapped = function(...args) {
    record.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped;
}

function mustCall(fn, exact) {
  if (typeof fn === 'number') { exact = fn; fn = noop; }
  if (fn === undefined) fn = noop;
  if (exact === undefined) exact = 1;
  return wrap(fn, (n) => (n === exact ? null : `expected exactly ${exact}, actual ${n}`));
}

function mustCallAtLeast(fn, min) {
  if (typeof fn === 'number') { min = fn; fn = noop; }
  if (fn === undefined) fn = noop;
  if (min === undefined) min = 1;
  return wrap(fn, (n) => (n >= min ? null : `expected at least ${min}, actual ${n}`));
}

function mustNotCall(msg) {
  const where = new Error().stack.split('\n').slice(2, 3).join('').trim();
  return function mustNotCall(...args) {
    const shown = args.map((a) => util.inspect(a)).join(', ');
    assert.fail(`${msg || 'function should not have been called'} (${where})` +
                (args.length ? ` called with ${shown}` : ''));
  };
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert.fail(`expected one argument, got ${args.length}`);
    const error = args[0];
    assert.throws(() => { throw error; }, validator);
    return true;
  }, exact);
}

// expected warnings, by name: a list of [message, code] still to be seen
const pendingWarnings = new Map();
let warningListener = false;
function expectWarning(nameOrMap, messages, code) {
  const add = (name, list) => {
    if (!Array.isArray(list) || (list.length === 2 && typeof list[1] === 'string' &&
        /^[A-Z0-9_]+$/.test(list[1]) && !Array.isArray(list[0]))) {
      list = [list];
    }
    const queue = pendingWarnings.get(name) || [];
    for (const item of list) {
      queue.push(Array.isArray(item) ? item : [item, code]);
    }
    pendingWarnings.set(name, queue);
  };
  if (typeof nameOrMap === 'string') add(nameOrMap, messages);
  else for (const name of Object.keys(nameOrMap)) add(name, nameOrMap[name]);
  if (!warningListener) {
    warningListener = true;
    process.on('warning', (warning) => {
      const queue = pendingWarnings.get(warning.name);
      if (!queue || queue.length === 0) {
        problems.push(`unexpected warning ${warning.name}: ${warning.message}`);
        return;
      }
      const [message, expectedCode] = queue.shift();
      if (message instanceof RegExp) assert.match(warning.message, message);
      else assert.strictEqual(warning.message, message);
      if (expectedCode !== undefined) assert.strictEqual(warning.code, expectedCode);
    });
  }
}

// globals: what was there when the test started, plus what it allows
const initialGlobals = new Set(Object.getOwnPropertyNames(globalThis));
const allowedValues = [];
function allowGlobals(...values) { allowedValues.push(...values); }

function skip(msg) {
  process._rawDebug ? process._rawDebug(`1..0 # Skipped: ${msg}`) : console.log(`1..0 # Skipped: ${msg}`);
  process.exit(0);
}

function platformTimeout(ms) {
  const factor = Number(process.env.JSVM_TEST_TIMEOUT_FACTOR || 1);
  if (typeof ms === 'bigint') return ms * BigInt(Math.ceil(factor));
  return ms * factor;
}

// The " Received ..." tail of ERR_INVALID_ARG_TYPE's message.
function invalidArgTypeHelper(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') {
    return ` Received function ${value.name}`;
  }
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${util.inspect(value, { depth: -1 })}`;
  }
  let shown = util.inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

// The same bytes seen through every kind of ArrayBufferView.
function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array,
                 Uint16Array, Int32Array, Uint32Array, Float32Array,
                 Float64Array, BigInt64Array, BigUint64Array, DataView];
  if (typeof Float16Array === 'function') kinds.splice(7, 0, Float16Array);
  const views = [];
  for (const Kind of kinds) {
    const size = Kind.BYTES_PER_ELEMENT || 1;
    if (byteLength % size === 0) {
      views.push(new Kind(buffer, byteOffset, byteLength / size));
    }
  }
  return views;
}

process.on('exit', (status) => {
  for (const record of expectations) {
    const wrong = record.check(record.actual);
    if (wrong) problems.push(`mismatched calls of ${record.name} (${record.where}): ${wrong}`);
  }
  for (const [name, queue] of pendingWarnings) {
    for (const [message] of queue) problems.push(`expected warning not seen: ${name}: ${message}`);
  }
  if (status === 0) {
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      if (initialGlobals.has(name)) continue;
      let value;
      try { value = globalThis[name]; } catch { continue; }
      if (!allowedValues.includes(value)) problems.push(`leaked global: ${name}`);
    }
  }
  if (problems.length) {
    for (const p of problems) console.error(`common: ${p}`);
    process.exitCode = 1;
  }
});

module.exports = {
  isWindows, isASan, isLinux: process.platform === 'linux',
  mustCall, mustCallAtLeast, mustNotCall, mustSucceed, expectsError,
  expectWarning, allowGlobals, skip, platformTimeout, invalidArgTypeHelper,
  getArrayBufferViews,
};
