'use strict';
// jsvm's stand-in for Node's test/common/globals: the names of the global
// properties every new context's global object has before any program runs
// (ECMAScript's globals, plus what V8 adds to every context: console and
// WebAssembly).
const intrinsics = [
  // value properties and functions of the global object
  'globalThis', 'Infinity', 'NaN', 'undefined', 'eval', 'isFinite', 'isNaN',
  'parseFloat', 'parseInt', 'decodeURI', 'decodeURIComponent', 'encodeURI',
  'encodeURIComponent', 'escape', 'unescape',
  // constructors and namespaces
  'AggregateError', 'Array', 'ArrayBuffer', 'AsyncDisposableStack', 'Atomics',
  'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date',
  'DisposableStack', 'Error', 'EvalError', 'FinalizationRegistry',
  'Float16Array', 'Float32Array', 'Float64Array', 'Function', 'Int8Array',
  'Int16Array', 'Int32Array', 'Intl', 'Iterator', 'JSON', 'Map', 'Math',
  'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError',
  'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'SuppressedError',
  'Symbol', 'SyntaxError', 'Temporal', 'TypeError', 'Uint8Array',
  'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'URIError', 'WeakMap',
  'WeakRef', 'WeakSet',
  // added by V8 to every context
  'console', 'WebAssembly',
];

module.exports = { intrinsics };
