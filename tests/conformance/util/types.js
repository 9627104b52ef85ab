// util.types: every check over a table of values, including values from
// another vm context; node:util/types is the same object.
const util = require('util');
const vm = require('vm');
const types = require('util/types');

const other = vm.runInNewContext(`({
  date: new Date(), regexp: /x/, error: new TypeError('x'), map: new Map(), set: new Set(),
  asyncFn: async () => {}, genFn: function* () {}, promise: Promise.resolve(),
  u8: new Uint8Array(1), ab: new ArrayBuffer(1), args: (function () { return arguments; })(),
  mapIter: new Map().entries(), boxed: Object(1), proxy: new Proxy({}, {}),
})`);

const values = [
  ['undefined', undefined], ['null', null], ['number', 1], ['string', 's'], ['object', {}],
  ['array', []], ['function', function f() {}], ['arrow', () => {}],
  ['async function', async function af() {}], ['async arrow', async () => {}],
  ['async method', { async m() {} }.m], ['generator function', function* g() {}],
  ['async generator function', async function* ag() {}],
  ['generator object', (function* g() {})()], ['async generator object', (async function* ag() {})()],
  ['arguments sloppy', (function () { return arguments; })()],
  ['arguments strict', (function () { 'use strict'; return arguments; })()],
  ['date', new Date()], ['regexp', /x/], ['RegExp.prototype', RegExp.prototype],
  ['error', new Error()], ['type error', new TypeError()], ['error-like', { name: 'Error', message: 'x' }],
  ['error subclass', new (class E extends Error {})()], ['object with error proto', Object.create(Error.prototype)],
  ['map', new Map()], ['set', new Set()], ['weakmap', new WeakMap()], ['weakset', new WeakSet()],
  ['map iterator', new Map().keys()], ['set iterator', new Set().entries()], ['array iterator', [].values()],
  ['promise', Promise.resolve()], ['thenable', { then() {} }], ['proxy', new Proxy({}, {})],
  ['proxy of function', new Proxy(() => {}, {})], ['arraybuffer', new ArrayBuffer(1)],
  ['sharedarraybuffer', new SharedArrayBuffer(1)], ['dataview', new DataView(new ArrayBuffer(1))],
  ['uint8array', new Uint8Array(1)], ['uint8clampedarray', new Uint8ClampedArray(1)],
  ['int8array', new Int8Array(1)], ['int16array', new Int16Array(1)], ['uint16array', new Uint16Array(1)],
  ['int32array', new Int32Array(1)], ['uint32array', new Uint32Array(1)], ['float32array', new Float32Array(1)],
  ['float64array', new Float64Array(1)], ['bigint64array', new BigInt64Array(1)],
  ['biguint64array', new BigUint64Array(1)], ['buffer', Buffer.alloc(1)],
  ['boxed number', Object(1)], ['boxed string', Object('s')], ['boxed boolean', Object(true)],
  ['boxed bigint', Object(1n)], ['boxed symbol', Object(Symbol('s'))], ['fake tag', { [Symbol.toStringTag]: 'Date' }],
  ...Object.entries(other).map(([k, v]) => [`other context ${k}`, v]),
];

const checks = Object.keys(types);
console.log(checks.join(' '));
console.log(types === util.types, require('node:util/types') === types);
for (const [name, v] of values) {
  const yes = checks.filter((c) => types[c](v));
  console.log(`${name}: ${yes.join(' ') || '-'}`);
}
console.log(types.isPromise.name, types.isUint8Array.name, typeof types.isExternal);
