// assert.deepEqual / deepStrictEqual / partialDeepStrictEqual and
// util.isDeepStrictEqual over a table of pairs: one line per pair with
// the loose, strict and partial verdicts.
const assert = require('assert');
const util = require('util');

const verdict = (fn, a, b) => {
  try {
    fn(a, b);
    return 'eq';
  } catch (e) {
    return e.code === 'ERR_ASSERTION' ? 'ne' : `threw ${e.code || e.name}`;
  }
};

class Foo { constructor() { this.a = 1; } }
class Bar { constructor() { this.a = 1; } }
const sym = Symbol('s');
const circA = { x: 1 }; circA.self = circA;
const circB = { x: 1 }; circB.self = circB;
const circC = { x: 1 }; circC.self = { x: 1, self: circC };
const arrCirc1 = [1]; arrCirc1.push(arrCirc1);
const arrCirc2 = [1]; arrCirc2.push(arrCirc2);
const objWithSym = (v) => ({ [sym]: v });
const nonEnum = (v) => Object.defineProperty({}, 'h', { value: v, enumerable: false });
const errWith = (msg, extra) => Object.assign(new Error(msg), extra);
const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
const dense = [1, undefined, 3];
const d1 = new Date(2020, 1, 1);
const d2 = new Date(2020, 1, 1);
const d3 = new Date(2021, 1, 1);
const re1 = /a/g;
const re2 = /a/g; re2.lastIndex = 3;
const nullProto = (o) => Object.assign(Object.create(null), o);
const boxed = [Object(1), Object(1), Object(2), Object('a'), Object('a'), Object(true), Object(1n)];
const args = (function () { return arguments; })(1, 2);

const pairs = [
  ['1 vs 1', 1, 1], ['1 vs "1"', 1, '1'], ['0 vs -0', 0, -0], ['NaN vs NaN', NaN, NaN],
  ['null vs undefined', null, undefined], ['true vs 1', true, 1], ['"" vs 0', '', 0],
  ['null vs 0', null, 0], ['1n vs 1', 1n, 1], ['sym vs sym', sym, sym],
  ['{} vs {}', {}, {}], ['{a:1} vs {a:1}', { a: 1 }, { a: 1 }], ['{a:1} vs {a:"1"}', { a: 1 }, { a: '1' }],
  ['{a:1} vs {a:1,b:undefined}', { a: 1 }, { a: 1, b: undefined }], ['key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['nested', { a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } }],
  ['nested diff', { a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 3 }] } }],
  ['[] vs {}', [], {}], ['[1,2] vs [1,2]', [1, 2], [1, 2]], ['[1,2] vs [2,1]', [1, 2], [2, 1]],
  ['[1,2] vs [1,2,3]', [1, 2], [1, 2, 3]], ['[1,2,3] vs [1,3]', [1, 2, 3], [1, 3]],
  ['sparse vs dense', sparse, dense], ['dense vs sparse', dense, sparse], ['sparse vs sparse', sparse, [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['[null] vs [undefined]', [null], [undefined]], ['[undefined] vs [null]', [undefined], [null]],
  ['array extra prop', Object.assign([1], { x: 1 }), [1]], ['array same extra prop', Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 })],
  ['class instances', new Foo(), new Foo()], ['different classes', new Foo(), new Bar()],
  ['class vs plain', new Foo(), { a: 1 }], ['null proto vs plain', nullProto({ a: 1 }), { a: 1 }],
  ['null proto both', nullProto({ a: 1 }), nullProto({ a: 1 })],
  ['symbol keys same', objWithSym(1), objWithSym(1)], ['symbol keys differ', objWithSym(1), objWithSym(2)],
  ['symbol key vs none', objWithSym(1), {}], ['non-enumerable differ', nonEnum(1), nonEnum(2)],
  ['circular same shape', circA, circB], ['circular different', circA, circC],
  ['array circular', arrCirc1, arrCirc2],
  ['dates equal', d1, d2], ['dates differ', d1, d3], ['date vs object', d1, {}],
  ['invalid dates', new Date(NaN), new Date(NaN)], ['date with prop', Object.assign(new Date(0), { x: 1 }), new Date(0)],
  ['regexps equal', /a/g, /a/g], ['regexps flags', /a/g, /a/i], ['regexps lastIndex', re1, re2],
  ['regexp vs string', /a/, 'a'],
  ['boxed 1 vs 1', boxed[0], boxed[1]], ['boxed 1 vs 2', boxed[0], boxed[2]], ['boxed "a" vs "a"', boxed[3], boxed[4]],
  ['boxed 1 vs primitive', boxed[0], 1], ['boxed true vs 1', boxed[5], boxed[0]], ['boxed 1n vs 1', boxed[6], boxed[0]],
  ['errors same', new Error('a'), new Error('a')], ['errors message', new Error('a'), new Error('b')],
  ['errors type', new Error('a'), new TypeError('a')], ['errors extra', errWith('a', { code: 1 }), errWith('a', { code: 1 })],
  ['errors extra differ', errWith('a', { code: 1 }), errWith('a', { code: 2 })],
  ['errors cause', new Error('a', { cause: 1 }), new Error('a', { cause: 1 })],
  ['errors cause differ', new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  ['errors cause missing', new Error('a', { cause: undefined }), new Error('a')],
  ['aggregate errors', new AggregateError([1], 'x'), new AggregateError([1], 'x')],
  ['aggregate errors differ', new AggregateError([1], 'x'), new AggregateError([2], 'x')],
  ['map equal', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']])],
  ['map differ', new Map([[1, 'a']]), new Map([[1, 'b']])], ['map size', new Map([[1, 'a']]), new Map()],
  ['map object keys', new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])],
  ['map object keys differ', new Map([[{ a: 1 }, 1]]), new Map([[{ a: 2 }, 1]])],
  ['map loose keys', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['map many object keys', new Map([[{ a: 1 }, 1], [{ b: 1 }, 2], [{ c: 1 }, 3]]), new Map([[{ c: 1 }, 3], [{ b: 1 }, 2], [{ a: 1 }, 1]])],
  ['set equal', new Set([1, 2, 3]), new Set([3, 2, 1])], ['set differ', new Set([1, 2]), new Set([1, 3])],
  ['set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  ['set objects differ', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 2 }])],
  ['set loose', new Set([1]), new Set(['1'])], ['set many objects', new Set([[1], [2], [3], [4]]), new Set([[4], [3], [2], [1]])],
  ['set vs array', new Set([1]), [1]], ['map vs set', new Map(), new Set()],
  ['set with NaN', new Set([NaN]), new Set([NaN])], ['map with extra prop', Object.assign(new Map(), { x: 1 }), new Map()],
  ['uint8 equal', new Uint8Array([1, 2]), new Uint8Array([1, 2])], ['uint8 differ', new Uint8Array([1, 2]), new Uint8Array([1, 3])],
  ['uint8 vs int8', new Uint8Array([1]), new Int8Array([1])], ['float64 0 vs -0', new Float64Array([0]), new Float64Array([-0])],
  ['float64 NaN', new Float64Array([NaN]), new Float64Array([NaN])], ['buffer vs uint8', Buffer.from([1]), new Uint8Array([1])],
  ['buffers equal', Buffer.from('abc'), Buffer.from('abc')], ['arraybuffers', new ArrayBuffer(2), new ArrayBuffer(2)],
  ['arraybuffers differ', new Uint8Array([1]).buffer, new Uint8Array([2]).buffer],
  ['dataviews', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  ['arguments vs array', args, [1, 2]], ['arguments vs object', args, { 0: 1, 1: 2 }],
  ['functions same', assert, assert], ['functions different', () => {}, () => {}],
  ['weakmaps', new WeakMap(), new WeakMap()], ['promises', Promise.resolve(), Promise.resolve()],
  ['object vs null', {}, null], ['string objects', new String('ab'), new String('ab')],
  ['getters', { get a() { return 1; } }, { a: 1 }], ['toStringTag', { [Symbol.toStringTag]: 'X' }, {}],
  ['partial subset', { a: 1, b: 2 }, { a: 1 }], ['partial array subset', [1, 2, 3], [1, 3]],
  ['partial set subset', new Set([1, 2]), new Set([1])], ['partial map subset', new Map([[1, 1], [2, 2]]), new Map([[2, 2]])],
  ['partial nested', { a: { b: 1, c: 2 }, d: 3 }, { a: { b: 1 } }],
];

for (const [name, a, b] of pairs) {
  console.log(`${name}: loose ${verdict(assert.deepEqual, a, b)}, strict ${verdict(assert.deepStrictEqual, a, b)}, ` +
    `partial ${verdict(assert.partialDeepStrictEqual, a, b)}, not-strict ${verdict(assert.notDeepStrictEqual, a, b)}, ` +
    `util ${util.isDeepStrictEqual(a, b)}`);
}
