'use strict';
// The comparison table.  Each case is one of:
//   { name, value: () => v, opts? | args? }   inspect(v, ...args)
//   { name, format: () => [args...] }          format(...args)
//   { name, custom: (impl) => string }         arbitrary use of the API
// `v8only: 'reason'` marks cases whose output depends on information only V8
// can give (they are expected to differ with --minimal internals).

module.exports = function makeCases({ util, vm }) {
  const cases = [];
  const add = (name, value, opts, extra) => cases.push({ name, value, opts, ...extra });
  const addArgs = (name, value, args, extra) => cases.push({ name, value, args, ...extra });
  const fmt = (name, argv) => cases.push({ name, format: () => argv });
  const custom = (name, fn, extra) => cases.push({ name, custom: fn, ...extra });

  // A fixed stack so the output does not depend on the engine.
  function mkErr(Ctor, msg, stackFrames = ['    at foo (/app/a.js:1:2)', '    at bar (/app/b.js:3:4)']) {
    const e = new Ctor(msg);
    e.stack = `${e.name}: ${msg}${stackFrames.length ? '\n' : ''}${stackFrames.join('\n')}`;
    return e;
  }

  // ---------------------------------------------------------------- primitives
  const prims = [
    ['undefined', undefined], ['null', null], ['true', true], ['false', false],
    ['zero', 0], ['negzero', -0], ['int', 42], ['neg', -42], ['float', 3.14159],
    ['nan', NaN], ['inf', Infinity], ['-inf', -Infinity], ['big num', 1e21],
    ['small num', 1e-7], ['max safe', Number.MAX_SAFE_INTEGER], ['min value', Number.MIN_VALUE],
    ['bigint', 123n], ['neg bigint', -12345678901234567890n], ['bigint0', 0n],
    ['symbol', Symbol('foo')], ['symbol empty', Symbol()], ['symbol desc empty', Symbol('')],
    ['symbol well-known', Symbol.iterator], ['symbol.for', Symbol.for('x y')],
    ['symbol with quote', Symbol("it's")], ['symbol with newline', Symbol('a\nb')],
    ['str', 'hello'], ['empty str', ''], ['str single quote', "it's"],
    ['str double quote', 'say "hi"'], ['str both quotes', `it's "x"`],
    ['str all quotes', 'it\'s "x" `y`'], ['str quotes + ${', 'it\'s "x" ${y}'],
    ['str backslash', 'a\\b'], ['str newline', 'a\nb'], ['str tab', 'a\tb'],
    ['str controls', '\x00\x01\x07\x08\x0b\x0c\x0d\x1b\x1f'], ['str del', 'a\x7fb\x85c\x9f'],
    ['str nbsp', 'a\xa0b'], ['str unicode', 'héllo wörld ✓ 日本語'],
    ['str emoji', '😀 👍🏽'], ['str lone high surrogate', 'a\ud800b'],
    ['str lone low surrogate', 'a\udc00b'], ['str surrogate pair', '\ud83d\ude00'],
    ['str long', 'x'.repeat(200)], ['str long w/ newlines', 'line one of text\nline two of text\nline three of the text\nand four is here too ok'],
    ['str long escapes', `${'ab\'c"d`'.repeat(30)}\n`], ['str 120 with ctrl', `${'y'.repeat(120)}\x01`],
    ['str 6000', 'z'.repeat(6000)], ['str 12000', 'q'.repeat(12000)],
    ['str ends newline long', `${'a'.repeat(90)}\n`], ['str only newlines', '\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n'],
  ];
  for (const [name, v] of prims) add(`prim ${name}`, () => v);
  for (const [name, v] of prims) add(`prim colors ${name}`, () => v, { colors: true });
  add('str maxStringLength', () => 'abcdefghij', { maxStringLength: 4 });
  add('str maxStringLength 1 more', () => 'abcde', { maxStringLength: 4 });
  add('str maxStringLength null', () => 'q'.repeat(12000), { maxStringLength: null });
  add('str maxStringLength 0', () => 'abc', { maxStringLength: 0 });
  add('str in obj maxStringLength', () => ({ a: 'abcdefghijkl' }), { maxStringLength: 3 });
  add('str long breakLength Infinity', () => 'x'.repeat(200), { breakLength: Infinity });
  add('str long compact true', () => `${'x'.repeat(100)}\nabc`, { compact: true });
  add('str long compact false', () => `${'x'.repeat(100)}\nabc`, { compact: false });
  add('str long nested', () => ({ a: { b: `${'word '.repeat(20)}\nsecond line here` } }));
  for (const v of [0, -0, 1234, -1234567, 1234567.891, 0.0001234, 123456789.12345678, 1e21, -1e-7, NaN, Infinity, 1000, 100, 12345678901234567890n, -1234n]) {
    add(`numericSeparator ${String(v)}${Object.is(v, -0) ? '(-0)' : ''}`, () => v, { numericSeparator: true });
  }
  add('numericSeparator array', () => [1000, 2000000, 3.14159, 123456n], { numericSeparator: true });
  add('numericSeparator typed', () => new Float64Array([1234.5678, 1e6]), { numericSeparator: true });

  // ------------------------------------------------------------------ objects
  add('empty object', () => ({}));
  add('simple object', () => ({ a: 1, b: 'two', c: [3], d: { e: null } }));
  add('nested depth 2', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
  add('nested depth 0', () => ({ a: { b: 1 }, c: [1] }), { depth: 0 });
  add('nested depth null', () => ({ a: { b: { c: { d: { e: { f: 1 } } } } } }), { depth: null });
  add('nested depth Infinity', () => ({ a: { b: { c: { d: { e: { f: 1 } } } } } }), { depth: Infinity });
  add('nested depth 1 array', () => ({ a: [[1, [2]]] }), { depth: 1 });
  add('nested array depth', () => [[[[[1]]]]]);
  add('nested array in obj depth', () => ({ arr: [[[[1]]]], m: new Map([[1, { x: { y: { z: 1 } } }]]) }));
  add('legacy args showHidden depth colors', () => ({ a: { b: { c: { d: 1 } } } }), undefined);
  addArgs('legacy args (v,false,0)', () => ({ a: { b: 1 } }), [false, 0]);
  addArgs('legacy args (v,true,null,true)', () => ({ a: { b: 1 } }), [true, null, true]);
  addArgs('legacy args (v,false,undefined,true)', () => ({ a: 1 }), [false, undefined, true]);
  add('keys needing quotes', () => ({ 'a-b': 1, 'c d': 2, '1a': 3, 'ok_1': 4, '': 5, "it's": 6, 'q"': 7, '\n': 8, 'ünï': 9 }));
  add('numeric keys', () => ({ 1: 'a', 10: 'b', 2: 'c', '-1': 'd', '01': 'e' }));
  add('__proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}'));
  add('symbol keys', () => ({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol("q'")]: 4 }));
  add('non-enumerable hidden', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
  add('non-enumerable showHidden', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
  add('non-enumerable symbol showHidden', () => Object.defineProperty({}, Symbol('h'), { value: 2, enumerable: false }), { showHidden: true });
  add('undefined value', () => ({ a: undefined }));
  add('long object breaks', () => ({ alpha: 'aaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbb', gamma: 'ccccccccccccccc', delta: 'dddddddddd' }));
  add('object exactly near 72', () => ({ aaaaaaaaaa: 1111111111, bbbbbbbbbb: 2222222222, cccccccccc: 3333333333 }));
  add('object 76 chars', () => ({ aaaaaaaaaaa: 11111111111, bbbbbbbbbbbb: 2222222222, ccccccccccc: 33333333 }));
  for (let n = 1; n <= 30; n += 3) {
    const o = {};
    for (let i = 0; i < n; i++) o[`k${i}`] = i * 7;
    add(`object ${n} keys`, () => o);
  }
  add('many keys compact false', () => ({ a: 1, b: { c: 2 } }), { compact: false });
  add('compact false empty', () => ({ a: {}, b: [] }), { compact: false });
  add('compact true', () => ({ a: 1, b: { c: 2, d: [1, 2, 3] } }), { compact: true });
  add('compact true long', () => ({ aaaaaaaaaaaaaa: 'x'.repeat(30), bbbbbbbbbbbbbb: 'y'.repeat(30), c: { d: 'z'.repeat(40) } }), { compact: true });
  add('compact true long value', () => ({ a: 'x'.repeat(100), b: [1, 2] }), { compact: true });
  add('compact true nested arrays', () => [[1, 2, [3, 4, { a: 'x'.repeat(70) }]]], { compact: true });
  add('compact 1', () => ({ a: { b: { c: 1 } }, d: 2 }), { compact: 1 });
  add('compact 2', () => ({ a: { b: { c: 1 } }, d: 2 }), { compact: 2 });
  add('compact 5', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { compact: 5, depth: 10 });
  add('compact 0', () => ({ a: 1, b: [1, 2] }), { compact: 0 });
  add('breakLength 20', () => ({ a: 1, b: 2, c: 3, d: 'hello' }), { breakLength: 20 });
  add('breakLength Infinity', () => ({ a: 'x'.repeat(50), b: 'y'.repeat(50), c: { d: [1, 2, 3] } }), { breakLength: Infinity });
  add('breakLength Infinity compact false', () => ({ a: 1, b: { c: 2 } }), { breakLength: Infinity, compact: false });
  add('breakLength 0', () => ({ a: 1 }), { breakLength: 0 });
  add('sorted true', () => ({ c: 1, a: 2, b: 3, [Symbol('z')]: 4 }), { sorted: true });
  add('sorted fn', () => ({ c: 1, a: 2, b: 3 }), { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) });
  add('sorted map', () => new Map([['b', 1], ['a', 2]]), { sorted: true });
  add('sorted set', () => new Set(['b', 'a', 'c']), { sorted: true });
  add('sorted array keys', () => Object.assign([3, 1, 2], { z: 1, a: 2 }), { sorted: true });
  add('nested objects mixed', () => ({ user: { name: 'Ann', tags: ['a', 'b'], address: { city: 'X', geo: { lat: 1, lng: 2 } } }, list: [{ id: 1 }, { id: 2 }] }));
  add('deep mixed breaks', () => ({ level1: { level2a: { x: 'some string value', y: 'another string value' }, level2b: [1, 2, 3, 'four', { five: 5 }] } }));

  // --------------------------------------------------------------- getters
  const withAccessors = () => {
    const o = { a: 1 };
    Object.defineProperty(o, 'g', { get() { return 42; }, enumerable: true });
    Object.defineProperty(o, 's', { set(v) {}, enumerable: true });
    Object.defineProperty(o, 'gs', { get() { return 'str'; }, set(v) {}, enumerable: true });
    Object.defineProperty(o, 'gobj', { get() { return { deep: [1] }; }, enumerable: true });
    Object.defineProperty(o, 'gnull', { get() { return null; }, enumerable: true });
    Object.defineProperty(o, 'gthrow', { get() { throw mkErr(Error, 'boom', []); }, enumerable: true });
    return o;
  };
  add('accessors', withAccessors);
  add('accessors getters true', withAccessors, { getters: true });
  add('accessors getters get', withAccessors, { getters: 'get' });
  add('accessors getters set', withAccessors, { getters: 'set' });
  add('accessors colors getters', withAccessors, { getters: true, colors: true });
  add('class getter on proto', () => { class G { get x() { return 1; } } return new G(); });
  add('class getter showHidden', () => { class G { constructor() { this.a = 1; } get x() { return 1; } } return new G(); }, { showHidden: true });

  // -------------------------------------------------------------- arrays
  add('empty array', () => []);
  add('array small', () => [1, 2, 3]);
  add('array strings', () => ['a', 'b', 'c']);
  add('array mixed', () => [1, 'a', null, undefined, true, { a: 1 }, [2]]);
  for (const n of [6, 7, 10, 16, 26, 27, 50, 99, 100, 101, 150, 1000]) {
    add(`array of ${n} numbers`, () => Array.from({ length: n }, (_, i) => i));
    add(`array of ${n} squares`, () => Array.from({ length: n }, (_, i) => i * i * (i % 3 === 0 ? -1 : 1)));
  }
  for (const n of [7, 12, 30, 101]) {
    add(`array of ${n} strings`, () => Array.from({ length: n }, (_, i) => `item${'x'.repeat(i % 5)}${i}`));
  }
  add('array of short words', () => 'the quick brown fox jumps over the lazy dog and then some more words appear here'.split(' '));
  add('array of long strings', () => Array.from({ length: 8 }, (_, i) => 'long string number '.repeat(2) + i));
  add('array of mixed length', () => [1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 999999999]);
  add('array with one very long', () => [1, 2, 3, 4, 5, 6, 'x'.repeat(60), 8]);
  add('array of bigints', () => Array.from({ length: 20 }, (_, i) => BigInt(i) ** 5n));
  add('array of floats', () => Array.from({ length: 20 }, (_, i) => i / 7));
  add('array of objects 10', () => Array.from({ length: 10 }, (_, i) => ({ i })));
  add('array of arrays', () => Array.from({ length: 10 }, (_, i) => [i, i + 1]));
  add('array in object grouping', () => ({ data: Array.from({ length: 30 }, (_, i) => i * 3) }));
  add('array nested grouping indent', () => ({ a: { b: { c: Array.from({ length: 30 }, (_, i) => `s${i}`) } } }));
  add('array compact 1 grouping', () => Array.from({ length: 30 }, (_, i) => i), { compact: 1 });
  add('array compact false 30', () => Array.from({ length: 30 }, (_, i) => i), { compact: false });
  add('array compact true 30', () => Array.from({ length: 30 }, (_, i) => i), { compact: true });
  add('array breakLength 40', () => Array.from({ length: 30 }, (_, i) => i), { breakLength: 40 });
  add('array colors grouping', () => Array.from({ length: 30 }, (_, i) => (i % 2 ? i : `s${i}`)), { colors: true });
  add('array colors numbers', () => Array.from({ length: 26 }, (_, i) => i * 11), { colors: true });
  add('array cjk grouping', () => Array.from({ length: 12 }, (_, i) => '日本'.repeat(i % 3 + 1)));
  add('maxArrayLength 2', () => [1, 2, 3, 4], { maxArrayLength: 2 });
  add('maxArrayLength 0', () => [1, 2, 3], { maxArrayLength: 0 });
  add('maxArrayLength -1', () => [1, 2, 3], { maxArrayLength: -1 });
  add('maxArrayLength null', () => Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: null });
  add('maxArrayLength Infinity', () => Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: Infinity });
  add('maxArrayLength 1 more item', () => [1, 2, 3], { maxArrayLength: 2 });
  add('maxArrayLength set/map', () => [new Set([1, 2, 3]), new Map([[1, 2], [3, 4]])], { maxArrayLength: 1 });
  add('maxArrayLength typed', () => new Uint8Array(10), { maxArrayLength: 3 });
  add('maxArrayLength arraybuffer', () => new Uint8Array([1, 2, 3, 4, 5]).buffer, { maxArrayLength: 2 });
  add('sparse array', () => [1, , 3]); // eslint-disable-line no-sparse-arrays
  add('sparse start', () => [, , 1]); // eslint-disable-line no-sparse-arrays
  add('sparse end', () => { const a = [1]; a.length = 5; return a; });
  add('sparse all', () => new Array(5));
  add('sparse one', () => new Array(1));
  add('sparse big gap', () => { const a = [1]; a[1000] = 2; return a; });
  add('sparse maxArrayLength', () => { const a = [1]; a[10] = 2; a[20] = 3; return a; }, { maxArrayLength: 2 });
  add('sparse many', () => { const a = []; for (let i = 0; i < 300; i += 2) a[i] = i; return a; });
  add('array extra props', () => Object.assign([1, 2], { foo: 'bar', 'a-b': 1 }));
  add('array only extra props', () => Object.assign([], { foo: 'bar' }));
  add('array symbol prop', () => { const a = [1]; a[Symbol('x')] = 1; return a; });
  add('array showHidden', () => [1, 2], { showHidden: true });
  add('array empty showHidden', () => [], { showHidden: true });
  add('array subclass', () => { class MyArr extends Array {} return MyArr.from([1, 2]); });
  add('array subclass empty', () => { class MyArr extends Array {} return new MyArr(); });
  add('array null proto', () => Object.setPrototypeOf([1, 2], null));
  add('array tag', () => { const a = [1]; Object.defineProperty(a, Symbol.toStringTag, { value: 'Tagged' }); return a; });
  add('array getter element', () => { const a = [1]; Object.defineProperty(a, 1, { get() { return 2; }, enumerable: true }); return a; });
  add('array getter element getters', () => { const a = [1]; Object.defineProperty(a, 1, { get() { return 2; }, enumerable: true }); return a; }, { getters: true });
  add('array with holes + props', () => { const a = [1, , 3]; a.x = 1; return a; }); // eslint-disable-line no-sparse-arrays
  add('array big index prop', () => { const a = [1]; a[4294967295] = 'x'; return a; });

  // ---------------------------------------------------------------- Map/Set
  add('map empty', () => new Map());
  add('map', () => new Map([['a', 1], [{ k: 1 }, [1, 2]], [NaN, null]]));
  add('map nested', () => new Map([['a', new Map([['b', new Map([['c', new Map([['d', 1]])]])]])]]));
  add('map large', () => new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`])));
  add('map extra props', () => Object.assign(new Map([[1, 2]]), { extra: true }));
  add('map empty extra props', () => Object.assign(new Map(), { extra: true }));
  add('map subclass', () => { class MyMap extends Map {} return new MyMap([[1, 2]]); });
  add('map null proto', () => Object.setPrototypeOf(new Map([[1, 2]]), null));
  add('map long entries', () => new Map([['a'.repeat(30), 'b'.repeat(30)], ['c'.repeat(30), 'd'.repeat(30)]]));
  add('set empty', () => new Set());
  add('set', () => new Set([1, 'two', { three: 3 }, [4]]));
  add('set large', () => new Set(Array.from({ length: 110 }, (_, i) => i)));
  add('set many grouped?', () => new Set(Array.from({ length: 30 }, (_, i) => i)));
  add('set subclass', () => { class MySet extends Set {} return new MySet([1]); });
  add('set null proto', () => Object.setPrototypeOf(new Set([1, 2]), null));
  add('set null proto empty', () => Object.setPrototypeOf(new Set(), null));
  add('set extra props', () => Object.assign(new Set([1]), { x: 1 }));
  add('set in set', () => new Set([new Set([new Set([new Set([1])])])]));
  add('map iterator entries', () => new Map([[1, 'a'], [2, 'b']]).entries());
  add('map iterator keys', () => new Map([[1, 'a'], [2, 'b']]).keys());
  add('map iterator values', () => new Map([[1, 'a'], [2, 'b']]).values());
  add('map iterator default', () => new Map([[1, { a: 1 }]])[Symbol.iterator]());
  add('map iterator partially consumed', () => { const it = new Map([[1, 'a'], [2, 'b'], [3, 'c']]).keys(); it.next(); return it; });
  add('set iterator', () => new Set([1, 2, 3]).values());
  add('set iterator entries', () => new Set([1, 2]).entries());
  add('set iterator empty', () => new Set().values());
  add('set iterator maxArrayLength', () => new Set([1, 2, 3, 4]).values(), { maxArrayLength: 2 });
  add('map iterator maxArrayLength', () => new Map([[1, 2], [3, 4], [5, 6]]).entries(), { maxArrayLength: 1 });
  add('iterator with extra prop', () => { const it = new Set([1]).values(); it.extra = 1; return it; });
  add('weakmap', () => new WeakMap([[{}, 1]]));
  add('weakset', () => new WeakSet([{}]));
  const wmKey1 = { a: 1 }; const wmKey2 = { b: 2 };
  add('weakmap showHidden', () => new WeakMap([[wmKey1, 'x'], [wmKey2, 'y']]), { showHidden: true });
  add('weakset showHidden', () => new WeakSet([wmKey1, wmKey2]), { showHidden: true });
  add('weakmap empty showHidden', () => new WeakMap(), { showHidden: true });
  add('weakset extra prop', () => Object.assign(new WeakSet(), { a: 1 }));
  add('weakmap subclass', () => { class WM extends WeakMap {} return new WM(); });

  // ------------------------------------------------------- typed arrays etc.
  add('uint8array', () => new Uint8Array([1, 2, 3]));
  add('uint8array empty', () => new Uint8Array(0));
  add('uint8array empty showHidden', () => new Uint8Array(0), { showHidden: true });
  add('int16array', () => new Int16Array([-1, 2, -300]));
  add('float32array', () => new Float32Array([1.5, -0, NaN, 0.1]));
  add('float64array', () => new Float64Array([Math.PI, -Infinity]));
  add('bigint64array', () => new BigInt64Array([1n, -2n]));
  add('biguint64array', () => new BigUint64Array([2n ** 64n - 1n]));
  add('uint8clampedarray', () => new Uint8ClampedArray([255, 0]));
  add('uint32array large', () => new Uint32Array(130).map((_, i) => i * 1000));
  add('typed array showHidden', () => new Uint16Array([1, 2]), { showHidden: true });
  add('typed array subarray showHidden', () => new Uint8Array([1, 2, 3, 4]).subarray(1, 3), { showHidden: true });
  add('typed array extra prop', () => Object.assign(new Int8Array(2), { foo: 1 }));
  add('typed array subclass', () => { class MyU8 extends Uint8Array {} return new MyU8([1, 2]); });
  add('typed array null proto', () => Object.setPrototypeOf(new Uint8Array([1, 2]), null));
  add('typed array in object', () => ({ buf: new Uint8Array(30) }));
  add('arraybuffer', () => new Uint8Array([1, 2, 255, 16]).buffer);
  add('arraybuffer empty', () => new ArrayBuffer(0));
  add('arraybuffer large', () => new ArrayBuffer(120));
  add('arraybuffer detached', () => { const b = new ArrayBuffer(8); structuredClone(b, { transfer: [b] }); return b; });
  add('arraybuffer extra prop', () => Object.assign(new ArrayBuffer(2), { x: 1 }));
  add('arraybuffer resizable', () => new ArrayBuffer(2, { maxByteLength: 10 }));
  add('sharedarraybuffer', () => new SharedArrayBuffer(4));
  add('dataview', () => new DataView(new ArrayBuffer(4), 1, 2));
  add('dataview depth 0', () => ({ d: new DataView(new ArrayBuffer(4)) }), { depth: 0 });
  add('dataview showHidden', () => new DataView(new ArrayBuffer(2)), { showHidden: true });

  // ---------------------------------------------------------------- dates etc
  add('date', () => new Date(0));
  add('date 2024', () => new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789)));
  add('date invalid', () => new Date(NaN));
  add('date extra prop', () => Object.assign(new Date(0), { foo: 'bar' }));
  add('date subclass', () => { class MyDate extends Date {} return new MyDate(0); });
  add('date null proto', () => Object.setPrototypeOf(new Date(0), null));
  add('date colors', () => new Date(0), { colors: true });
  add('date in object', () => ({ when: new Date(86400000) }));
  add('regexp', () => /ab+c/gi);
  add('regexp complex', () => /^(?<year>\d{4})-(?:\d{2})[a-z\-_]+(?=x)(?!y)(?<=z)(?<!w)\b.*?\1\k<year>|\u{1F600}\p{L}{2,3}$/u);
  add('regexp extra prop', () => Object.assign(/x/, { foo: 1 }));
  add('regexp subclass', () => { class MyRe extends RegExp {} return new MyRe('a', 'g'); });
  add('regexp null proto', () => Object.setPrototypeOf(/a/g, null));
  add('regexp depth exceeded w/ props', () => ({ a: { b: { c: Object.assign(/x/, { p: 1 }) } } }));
  add('regexp slash', () => new RegExp('a/b'));
  add('regexp empty', () => new RegExp(''));
  for (const re of [/ab+c/gi, /[a-z\d]+?x{1,}y{,3}z{2}|(a)(?:b)\2/, /\x41\u0042\cJ[\x00-\x1f\u{10}]/u, /(?<n>a)|(?=b)(?!c)(?<=d)(?<!e)\k<n>/, /a{/, /[^\]\\-]\/.$/m, /\p{Script=Greek}+/u, /unclosed\u{12/, /\k<x/, /a[/]b/, /\u{1F/, /((((((a))))))/]) {
    if (typeof re === 'string') continue;
    add(`regexp colors ${re.source}`, () => re, { colors: true });
  }
  custom('regexp colors custom palette', (impl) => {
    const pal = impl.inspect.styles.regexp.colors;
    const saved = pal.slice();
    impl.inspect.styles.regexp.colors = ['blue'];
    try {
      return impl.inspect(/(a)[b]/, { colors: true });
    } finally {
      impl.inspect.styles.regexp.colors = saved;
    }
  });
  add('boxed number', () => new Number(3));
  add('boxed -0', () => new Number(-0));
  add('boxed string', () => new String('abc'));
  add('boxed string extra', () => Object.assign(new String('ab'), { x: 1 }));
  add('boxed boolean', () => new Boolean(false));
  add('boxed bigint', () => Object(5n));
  add('boxed symbol', () => Object(Symbol('s')));
  add('boxed colors', () => [new Number(3), new String('s'), Object(Symbol('q')), new Boolean(true), Object(1n)], { colors: true });
  add('boxed subclass', () => { class N extends Number {} return new N(5); });
  add('boxed null proto', () => Object.setPrototypeOf(new Number(5), null));
  add('boxed string showHidden', () => new String('ab'), { showHidden: true });
  add('boxed tag', () => { const n = new Number(1); Object.defineProperty(n, Symbol.toStringTag, { value: 'T' }); return n; });

  // -------------------------------------------------------------- functions
  add('function named', () => function foo() {});
  add('function anonymous', () => (0, function () {}));
  add('arrow', () => () => {});
  add('arrow named', () => { const arrowFn = () => {}; return arrowFn; });
  add('async function', () => async function af() {});
  add('async arrow', () => (0, async () => {}));
  add('generator', () => function* gen() {});
  add('async generator', () => async function* agen() {});
  add('class', () => class A {});
  add('class anon', () => (0, class {}));
  add('class extends', () => { class A {} return class B extends A {}; });
  add('class extends null', () => class N extends null {});
  add('class static props', () => { class S { static x = 1; } return S; });
  add('class with comment', () => class /* c */ C2 { });
  add('class extends anon', () => class E extends (0, class {}) {});
  add('bound function', () => function b() {}.bind(null));
  add('builtin function', () => Math.max);
  add('builtin constructor', () => Map);
  add('function with props', () => Object.assign(function withProps() {}, { a: 1, b: 'x' }));
  add('function null proto', () => Object.setPrototypeOf(function np() {}, null));
  add('function null proto anon', () => Object.setPrototypeOf((0, () => {}), null));
  add('function name non-string', () => { const f = function () {}; Object.defineProperty(f, 'name', { value: 42 }); return f; });
  add('function name symbol', () => ({ [Symbol('sym')]() {} })[Object.getOwnPropertySymbols({ [Symbol('sym')]() {} })[0]]);
  add('function tag', () => { const f = function tagged() {}; Object.defineProperty(f, Symbol.toStringTag, { value: 'Tg' }); return f; });
  add('function showHidden', () => function sh(a, b) {}, { showHidden: true });
  add('class showHidden', () => class Sh { static m() {} }, { showHidden: true });
  add('functions in object', () => ({ f() {}, g: () => 1, h: async () => {}, k: class {} }));
  add('function colors', () => ({ f: function f() {} }), { colors: true });
  add('method', () => ({ m() {} }).m);
  add('getter function', () => Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get);
  add('function subclass', () => { class MyFn extends Function {} return new MyFn(); });

  // -------------------------------------------------------- class instances
  add('class instance', () => { class Foo { constructor() { this.a = 1; } } return new Foo(); });
  add('class instance empty', () => { class Foo {} return new Foo(); });
  add('class instance nested depth', () => { class Foo { constructor(c) { this.c = c; } } return new Foo(new Foo(new Foo(new Foo(1)))); });
  add('class instance depth 0', () => { class Foo { constructor() { this.a = 1; } } return { x: new Foo() }; }, { depth: 0 });
  add('null proto object', () => Object.create(null));
  add('null proto object w/ props', () => Object.assign(Object.create(null), { a: 1 }));
  add('null proto nested depth', () => ({ a: { b: { c: Object.assign(Object.create(null), { d: 1 }) } } }));
  add('object from null proto chain', () => Object.create(Object.create(null)));
  add('object from anonymous class', () => new (class {})());
  add('object from proto without constructor', () => Object.create({ x: 1 }));
  add('object with proto chain of class', () => { class Base {} return Object.create(Base.prototype); });
  add('deep proto chain no constructor', () => Object.create(Object.create(Object.create(null))));
  add('toStringTag own enumerable', () => ({ [Symbol.toStringTag]: 'Custom', a: 1 }));
  add('toStringTag inherited', () => { class T { get [Symbol.toStringTag]() { return 'TT'; } } return new T(); });
  add('toStringTag same as class', () => { class Same { get [Symbol.toStringTag]() { return 'Same'; } } return new Same(); });
  add('toStringTag dotted', () => { class Dot { get [Symbol.toStringTag]() { return 'ns.Dot'; } } return new Dot(); });
  add('toStringTag plain object', () => Object.create({ [Symbol.toStringTag]: 'Fake' }));
  add('toStringTag null proto', () => Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 'NT' } })));
  add('toStringTag non-string', () => ({ __proto__: { [Symbol.toStringTag]: 5 } }));
  add('toStringTag throws', () => { class Th { get [Symbol.toStringTag]() { throw new Error('x'); } } return new Th(); });
  add('toStringTag own non-enum', () => Object.defineProperty({}, Symbol.toStringTag, { value: 'NE' }));
  add('toStringTag own non-enum showHidden', () => Object.defineProperty({}, Symbol.toStringTag, { value: 'NE' }), { showHidden: true });
  add('constructor deleted', () => { class X {} const x = new X(); Object.setPrototypeOf(x, null); return x; }, undefined, { v8only: 'V8 keeps the constructor name for null-proto instances' });
  add('tampered constructor', () => { const o = {}; Object.defineProperty(Object.getPrototypeOf([]), 'dummy', { value: 1, configurable: true }); delete Object.getPrototypeOf([]).dummy; return o; });
  add('prototype objects', () => [Object.prototype, Array.prototype, Map.prototype, Function.prototype, Number.prototype]);
  add('class prototype', () => { class P { m() {} } return P.prototype; });
  add('class prototype showHidden', () => { class P { m() {} } return P.prototype; }, { showHidden: true });
  add('instance showHidden proto props', () => { class Base { constructor() { this.own = 1; } } Base.prototype.shared = 'p'; class Sub extends Base {} Sub.prototype.sub = [1]; return new Sub(); }, { showHidden: true });
  add('instance showHidden colors', () => { class Base { } Base.prototype.shared = 'p'; return new Base(); }, { showHidden: true, colors: true });
  add('arguments', () => (function () { return arguments; })(1, 'a'));
  add('arguments empty', () => (function () { return arguments; })());
  add('global-like object', () => vm.runInNewContext('globalThis'));
  add('object with Symbol.iterator', () => ({ [Symbol.iterator]() {}, a: 1 }));
  add('generator object', () => (function* g() { yield 1; })());
  add('array iterator', () => [1, 2][Symbol.iterator]());
  add('string iterator', () => 'ab'[Symbol.iterator]());
  add('math', () => Math);
  add('json', () => JSON);
  add('reflect', () => Reflect, undefined, { v8only: 'Reflect is [Object: null prototype]' });
  add('intl-free globals', () => [Atomics, Proxy]);

  // ---------------------------------------------------------------- errors
  add('error fixed stack', () => mkErr(Error, 'boom'));
  add('error no frames', () => mkErr(Error, 'boom', []));
  add('error empty message', () => mkErr(Error, ''));
  add('error type', () => mkErr(TypeError, 'bad type'));
  add('error range', () => mkErr(RangeError, 'out'));
  add('error real stack', () => new Error('real'));
  add('error with code', () => Object.assign(mkErr(Error, 'coded'), { code: 'ERR_X', errno: 5 }));
  add('error with extra nested', () => Object.assign(mkErr(Error, 'x'), { info: { a: [1, 2], b: { c: 1 } } }));
  add('error cause', () => new Error('outer', { cause: mkErr(Error, 'inner') }));
  add('error cause fixed', () => { const e = mkErr(Error, 'outer'); Object.defineProperty(e, 'cause', { value: mkErr(TypeError, 'inner'), enumerable: false, writable: true, configurable: true }); return e; });
  add('error cause primitive', () => { const e = mkErr(Error, 'outer'); Object.defineProperty(e, 'cause', { value: 'just a string', enumerable: false, configurable: true }); return e; });
  add('error cause undefined', () => { const e = mkErr(Error, 'outer'); Object.defineProperty(e, 'cause', { value: undefined, enumerable: false, configurable: true }); return e; });
  add('error cause shared frames', () => {
    const frames = ['    at a (/x.js:1:1)', '    at b (/x.js:2:1)', '    at c (/x.js:3:1)', '    at d (/x.js:4:1)', '    at e (/x.js:5:1)'];
    const inner = mkErr(Error, 'inner', frames);
    const outer = mkErr(Error, 'outer', ['    at z (/x.js:9:9)', ...frames]);
    Object.defineProperty(outer, 'cause', { value: inner, configurable: true });
    return outer;
  });
  add('error cause nested depth', () => new Error('l1', { cause: new Error('l2', { cause: new Error('l3', { cause: new Error('l4') }) }) }));
  add('error cause circular', () => { const e = mkErr(Error, 'self'); Object.defineProperty(e, 'cause', { value: e, configurable: true }); return e; });
  add('aggregate error', () => { const e = new AggregateError([mkErr(Error, 'one'), mkErr(TypeError, 'two')], 'many'); e.stack = 'AggregateError: many\n    at top (/t.js:1:1)'; return e; });
  add('aggregate error real', () => new AggregateError([new Error('a')], 'agg'));
  add('error name changed', () => { const e = mkErr(Error, 'msg'); e.name = 'CustomError'; return e; });
  add('error name changed after stack', () => { const e = new Error('msg'); e.stack = 'Error: msg\n    at x (/a.js:1:1)'; e.name = 'Renamed'; return e; });
  add('error name not error suffix', () => { const e = new Error('msg'); e.name = 'Foo'; e.stack = 'Foo: msg\n    at x (/a.js:1:1)'; return e; });
  add('error message changed', () => { const e = mkErr(Error, 'old'); e.message = 'new message'; return e; });
  add('error own message nonenumerable', () => mkErr(Error, 'msg'));
  add('error own enumerable name in stack', () => { const e = mkErr(Error, 'm'); Object.defineProperty(e, 'name', { value: 'Error', enumerable: true }); return e; });
  add('error own enumerable message not in stack', () => { const e = mkErr(Error, 'm'); Object.defineProperty(e, 'message', { value: 'other', enumerable: true }); return e; });
  add('error subclass', () => { class MyError extends Error {} const e = new MyError('sub'); e.stack = 'Error: sub\n    at q (/q.js:1:1)'; return e; });
  add('error subclass named', () => { class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } const e = new MyError('sub'); e.stack = 'MyError: sub\n    at q (/q.js:1:1)'; return e; });
  add('error subclass name mismatch', () => { class ValidationError extends TypeError {} const e = new ValidationError('v'); e.stack = 'TypeError: v\n    at q (/q.js:1:1)'; return e; });
  add('error with tag', () => { class TagErr extends Error { get [Symbol.toStringTag]() { return 'Tg'; } } const e = new TagErr('t'); e.stack = 'Error: t\n    at q (/q.js:1:1)'; return e; });
  add('error null proto', () => { const e = mkErr(TypeError, 'np'); Object.setPrototypeOf(e, null); return e; });
  add('error null proto no frames', () => { const e = mkErr(RangeError, 'np', []); Object.setPrototypeOf(e, null); return e; });
  add('error no stack', () => { const e = new Error('nostack'); delete e.stack; e.stack = undefined; return e; });
  add('error stack deleted', () => { const e = new Error('nostack'); Object.defineProperty(e, 'stack', { value: '', configurable: true }); return e; });
  add('error stack not string', () => { const e = new Error('ns'); e.stack = { frames: [1, 2] }; return e; });
  add('error stack getter throws', () => { const e = new Error('gt'); Object.defineProperty(e, 'stack', { get() { throw new Error('no'); } }); return e; });
  add('error message getter throws', () => { const e = mkErr(Error, 'x'); Object.defineProperty(e, 'message', { get() { throw new Error('no'); }, enumerable: true }); return e; });
  add('error stack without header', () => { const e = new Error('hidden'); e.stack = '    at x (/a.js:1:1)\n    at y (/b.js:2:2)'; return e; });
  add('error stack only message', () => { const e = new Error('m'); e.stack = 'just some text'; return e; });
  add('error message multi-line', () => mkErr(Error, 'line1\n    at fake (/not/a/frame.js:1:1)\nline3'));
  add('error in object', () => ({ err: mkErr(Error, 'nested'), n: 1 }));
  add('error in array', () => [mkErr(Error, 'a'), mkErr(TypeError, 'b', [])]);
  add('error nested indentation', () => ({ a: { b: mkErr(Error, 'deep') } }));
  add('error depth exceeded', () => ({ a: { b: { c: { d: mkErr(Error, 'x') } } } }));
  add('error showHidden', () => mkErr(Error, 'sh'), { showHidden: true });
  add('error colors', () => mkErr(Error, 'c'), { colors: true });
  add('error colors core frames', () => mkErr(Error, 'c', ['    at foo (/app/x.js:1:1)', '    at Module._compile (node:internal/modules/cjs/loader:1:1)', '    at node:fake/notbuiltin:1:1', '    at bar (/app/node_modules/pkg/index.js:1:1)', '    at baz (/app/node_modules/@scope/pkg/i.js:1:1)']), { colors: true }, { v8only: 'needs isBuiltinModule' });
  add('error colors cwd', () => mkErr(Error, 'c', [`    at foo (${process.cwd()}/x.js:1:1)`, `    at ${process.cwd()}/y.js:1:1`, `    at file://${process.cwd()}/z.mjs:1:1`]), { colors: true }, { v8only: 'needs cwd' });
  add('error recursive frames collapsed', () => mkErr(RangeError, 'deep', [
    '    at top (/a.js:1:1)',
    ...Array.from({ length: 30 }, (_, i) => `    at rec${i % 3} (/a.js:${i % 3}:1)`),
    '    at main (/a.js:99:1)',
  ]));
  add('error recursive frames varied', () => mkErr(RangeError, 'deep', [
    ...Array.from({ length: 8 }, () => '    at a (/a.js:1:1)'),
    ...Array.from({ length: 12 }, (_, i) => `    at b${i % 4} (/b.js:1:1)`),
    '    at end (/z.js:1:1)',
  ]));
  add('error with getter prop', () => { const e = mkErr(Error, 'g'); Object.defineProperty(e, 'extra', { get() { return 1; }, enumerable: true }); return e; });
  add('error object-create', () => { const e = Object.create(Error.prototype); return e; });
  add('error-like non-error', () => ({ name: 'Error', message: 'fake', stack: 'Error: fake\n    at x' }));
  add('DOMException-ish', () => { const e = new Error('abc'); e.name = 'AbortError'; e.stack = 'AbortError: abc\n    at x (/y.js:1:1)'; return e; });
  add('error real TypeError', () => { try { null.x; } catch (e) { return e; } });
  add('errors cross-realm', () => vm.runInNewContext('const e = new TypeError("cross"); e.stack = "TypeError: cross\\n    at z (/z.js:1:1)"; e'));

  // ------------------------------------------------------------- circular
  add('circular self', () => { const o = { a: 1 }; o.self = o; return o; });
  add('circular array', () => { const a = [1]; a.push(a); return a; });
  add('circular nested', () => { const o = { x: { y: {} } }; o.x.y.back = o; o.x.y.mid = o.x; return o; });
  add('circular two refs', () => { const a = {}; const b = { a }; a.b = b; return [a, b]; });
  add('circular map', () => { const m = new Map(); m.set('m', m); return m; });
  add('circular set', () => { const s = new Set(); s.add(s); return s; });
  add('circular compact true', () => { const o = { a: 1 }; o.self = o; return o; }, { compact: true });
  add('circular function', () => { const f = function cf() {}; f.self = f; return f; });
  add('circular error', () => { const e = mkErr(Error, 'c'); e.self = e; return e; });
  add('circular colors', () => { const o = {}; o.o = o; return o; }, { colors: true });
  add('circular deep second', () => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; const c = { a, b }; b.c = c; return c; });

  // ---------------------------------------------------------------- proxies
  add('proxy object', () => new Proxy({ a: 1 }, {}));
  add('proxy showProxy', () => new Proxy({ a: 1 }, { get() {} }), { showProxy: true });
  add('proxy array', () => new Proxy([1, 2], {}));
  add('proxy function', () => new Proxy(function pf() {}, {}));
  add('proxy of proxy', () => new Proxy(new Proxy({ deep: 1 }, {}), {}));
  add('proxy of proxy showProxy', () => new Proxy(new Proxy({ deep: 1 }, {}), {}), { showProxy: true });
  add('proxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
  add('proxy revoked showProxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }, { showProxy: true });
  add('proxy revoked nested', () => { const r = Proxy.revocable({}, {}); r.revoke(); return new Proxy(r.proxy, {}); });
  add('proxy with traps not triggered', () => new Proxy({ a: 1 }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }));
  add('proxy in object depth', () => ({ a: { b: { p: new Proxy({ x: 1 }, {}) } } }), { showProxy: true });
  add('proxy depth 0 showProxy', () => ({ p: new Proxy({}, {}) }), { showProxy: true, depth: 0 });
  add('proxy colors', () => new Proxy(new Proxy([1], {}), {}), { colors: true });
  add('proxy map', () => new Proxy(new Map([[1, 2]]), {}));

  // ---------------------------------------------------------------- promises
  add('promise resolved', () => Promise.resolve(1));
  add('promise resolved object', () => Promise.resolve({ a: [1, 2] }));
  add('promise pending', () => new Promise(() => {}));
  add('promise rejected', () => { const p = Promise.reject(mkErr(Error, 'rej')); p.catch(() => {}); return p; });
  add('promise rejected primitive', () => { const p = Promise.reject(3); p.catch(() => {}); return p; });
  add('promise extra props', () => Object.assign(Promise.resolve(2), { x: 1 }));
  add('promise subclass', () => { class MyP extends Promise {} return MyP.resolve(1); });
  add('promise colors', () => [Promise.resolve('s'), new Promise(() => {})], { colors: true });
  add('promise nested', () => Promise.resolve(Promise.resolve ? { p: Promise.resolve(Promise.resolve(5)) } : 0));
  add('async fn result', () => (async () => 7)());

  // ------------------------------------------------------------ custom inspect
  const ci = util.inspect.custom;
  add('custom returns string', () => ({ [ci]() { return 'CUSTOM'; } }));
  add('custom returns multiline in nested', () => ({ a: { [ci]() { return 'l1\nl2'; } } }));
  add('custom returns object', () => ({ [ci]() { return { replaced: true, arr: [1, 2] }; } }));
  add('custom returns this', () => { const o = { a: 1, [ci]() { return this; } }; return o; });
  add('custom depth arg', () => ({ a: { b: { [ci](depth) { return `depth=${depth}`; } } } }));
  add('custom depth null', () => ({ a: { [ci](depth) { return `depth=${depth}`; } } }), { depth: null });
  add('custom options arg', () => ({ [ci](depth, options) {
    return Object.keys(options).filter((k) => k !== 'stylize').map((k) => `${k}=${typeof options[k] === 'function' ? 'fn' : options[k]}`).join(',');
  } }));
  add('custom user options passed', () => ({ [ci](depth, options) { return `foo=${options.foo} depth=${options.depth}`; } }), { foo: 'bar', depth: 5 });
  add('custom stylize', () => ({ [ci](depth, options) { return options.stylize('styled', 'special'); } }), { colors: true });
  add('custom inspect arg', () => ({ [ci](depth, options, insp) { return `<${insp({ nested: [1, 2] }, options)}>`; } }));
  add('custom on class', () => { class C { [ci]() { return 'C!'; } } return [new C(), C.prototype]; });
  add('customInspect false', () => ({ a: 1, [ci]() { return 'no'; } }), { customInspect: false });
  add('custom returning primitive number', () => ({ [ci]() { return 42; } }));
  add('custom in array grouping', () => Array.from({ length: 10 }, (_, i) => ({ [ci]() { return `#${i}`; } })));
  add('custom on proxy target', () => new Proxy({ [ci]() { return `proxied:${this === undefined}`; } }, {}));
  add('custom on function', () => Object.assign(function cf() {}, { [ci]() { return 'FN'; } }));
  add('custom cross realm', () => vm.runInNewContext('({ [Symbol.for("nodejs.util.inspect.custom")](d, o) { return String(Object.getPrototypeOf(o)) + typeof o.stylize + o.depth; } })'));
  add('custom that throws', () => ({ [ci]() { throw new Error('custom threw'); } }));

  // ----------------------------------------------------------- cross-realm
  const ctx = vm.createContext({});
  const run = (code) => vm.runInContext(code, ctx);
  add('realm object', () => run('({ a: [1, { b: 2 }] })'));
  add('realm map', () => run('new Map([[1, new Set([2])]])'));
  add('realm date', () => run('new Date(0)'));
  add('realm regexp', () => run('/x/g'));
  add('realm typed array', () => run('new Uint8Array([1,2])'));
  add('realm arraybuffer', () => run('new ArrayBuffer(2)'));
  add('realm class', () => run('class R extends Array {}; new R(1, 2)'));
  add('realm function', () => run('(async function* rf() {})'));
  add('realm promise', () => run('Promise.resolve(1)'));
  add('realm weakmap', () => run('new WeakMap()'));
  add('realm boxed', () => run('[new Number(1), new String("s"), Object(1n)]'));
  add('realm null proto', () => run('Object.create(null)'));
  add('realm arguments', () => run('(function () { return arguments })(1)'));
  add('realm proxy', () => run('new Proxy({ a: 1 }, {})'));
  add('realm error', () => run('const e = new RangeError("r"); e.stack = "RangeError: r\\n    at a (/a.js:1:1)"; e'));
  add('realm iterator', () => run('new Map([[1,2]]).keys()'));

  // ----------------------------------------------------------- misc options
  add('showHidden object', () => ({ a: [1, { b: new Map([[1, 2]]) }] }), { showHidden: true });
  add('showHidden nested', () => ({ a: { b: { c: { d: 1 } } } }), { showHidden: true });
  add('colors object', () => ({ n: 1, s: 's', b: true, u: undefined, nl: null, sym: Symbol('s'), big: 1n, d: new Date(0), r: /x/, f() {}, a: [1] }), { colors: true });
  add('colors nested depth', () => ({ a: { b: { c: { d: 1 } } } }), { colors: true });
  add('colors sparse', () => [1, , 3], { colors: true }); // eslint-disable-line no-sparse-arrays
  add('colors symbol key', () => ({ [Symbol('k')]: 1, 'a-b': 2 }), { colors: true });
  add('colors getters', () => ({ get a() { return 1; }, set b(v) {} }), { colors: true });
  add('colors map', () => new Map([['k', [1]]]), { colors: true });
  add('colors array more items', () => Array(120).fill(0), { colors: true });
  add('colors arraybuffer', () => new ArrayBuffer(3), { colors: true });
  add('colors weak', () => new WeakSet(), { colors: true });
  add('colors proxy showProxy', () => new Proxy({}, {}), { colors: true, showProxy: true });
  add('depth -1', () => ({ a: 1 }), { depth: -1 });
  add('depth -1 array', () => [1], { depth: -1 });
  add('depth 0 map', () => ({ m: new Map([[1, 2]]), s: new Set([1]), a: [1], o: { x: 1 }, e: {}, ea: [] }), { depth: 0 });
  add('depth 0 typed', () => ({ t: new Uint8Array(2), b: new ArrayBuffer(2), d: new DataView(new ArrayBuffer(1)) }), { depth: 0 });
  add('depth 0 null proto', () => ({ n: Object.assign(Object.create(null), { a: 1 }) }), { depth: 0 });
  add('depth 0 promise', () => ({ p: Promise.resolve(1) }), { depth: 0 });
  add('depth 0 function props', () => ({ f: Object.assign(function ff() {}, { a: 1 }) }), { depth: 0 });
  add('unknown option ignored', () => ({ a: 1 }), { bogus: true });
  add('stylize option', () => ({ a: 1, s: 'x' }), { stylize: (s, t) => `<${t}:${s}>` });
  add('long key lines', () => ({ ['k'.repeat(90)]: 'v' }));
  add('nested arrays breaking', () => [[1, 2, 3], ['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccccccc']]);
  add('object in array 6 items', () => [{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }]);
  add('object with long array', () => ({ list: Array.from({ length: 8 }, (_, i) => `entry-${i}-${'x'.repeat(i)}`), other: 'value' }));
  add('compact 3 boundary 4 levels', () => ({ a: { b: { c: {} } } }));
  add('compact 3 boundary 4 levels w/ vals', () => ({ a: { b: { c: { d: 1 } } } }), { depth: 5 });
  add('map in array', () => [new Map([['a', 1]]), new Set([1])]);
  add('unicode width object', () => ({ 'ключ': 'значение', 日本: '漢字テキスト' }));
  add('string keys with escapes', () => ({ 'a\nb': 1, 'tab\t': 2, '\x7f': 3 }));
  add('budget huge repeated', () => { const inner = Array.from({ length: 100 }, (_, i) => ({ i, s: 'x'.repeat(10) })); return Array.from({ length: 20 }, () => inner); }, { depth: 3 });


  // ------------------------------------------------------------ extra edges
  add('x multiline str in array', () => ['short', `${'long line '.repeat(10)}\nsecond`, 'x', 'y', 'z', 'w', 'v']);
  add('x multiline str in map', () => new Map([['k', `${'abc '.repeat(25)}\nnext line`]]));
  add('x array of 7 with object', () => [1, 2, 3, 4, 5, 6, { a: 1 }]);
  add('x array 7 with nested arrays', () => [[1], [2], [3], [4], [5], [6], [7]]);
  add('x long single key', () => ({ a: 'x'.repeat(75) }));
  add('x long single key 70', () => ({ a: 'x'.repeat(66) }));
  add('x 4 levels multi keys', () => ({ a: { b: { c: { d: 1, e: 2 }, f: 3 }, g: 4 }, h: 5 }), { depth: 5 });
  add('x 5 levels', () => ({ l1: { l2: { l3: { l4: { l5: 'end' } } } } }), { depth: Infinity });
  add('x mixed deep arrays', () => [[[[1, 2]], [[3]]], [[[4]]]], { depth: Infinity });
  add('x set of objects compact false', () => new Set([{ a: 1 }, { b: 2 }]), { compact: false });
  add('x map of objects long', () => new Map([[{ key: 'one' }, { value: 'x'.repeat(40) }], [{ key: 'two' }, { value: 'y'.repeat(40) }]]));
  add('x getters nested', () => ({ get outer() { return { get inner() { return 1; } }; } }), { getters: true });
  add('x getter returns fn', () => ({ get f() { return function gf() {}; } }), { getters: true });
  add('x getter returns long string', () => ({ get s() { return 'z'.repeat(100); } }), { getters: true });
  add('x object create array proto', () => Object.create(Array.prototype));
  add('x object create map proto', () => Object.create(Map.prototype));
  add('x object create date proto', () => Object.create(Date.prototype));
  add('x object create error proto w/ props', () => Object.assign(Object.create(Error.prototype), { a: 1 }));
  add('x class static name', () => class Named { static name = 'Renamed'; });
  add('x class static name getter', () => class Named2 { static get name() { return 'G'; } });
  add('x function renamed', () => { function f() {} Object.defineProperty(f, 'name', { value: 'renamed' }); return f; });
  add('x function empty name', () => { function f() {} Object.defineProperty(f, 'name', { value: '' }); return f; });
  add('x class extends builtin', () => class E2 extends Error {});
  add('x class extends Map instance props', () => { class M2 extends Map { constructor() { super(); this.x = 1; } } return new M2(); });
  add('x map undefined key', () => new Map([[undefined, undefined], [null, NaN], [-0, 0]]));
  add('x nested map in set depth', () => new Set([new Map([[1, new Set([new Map([[2, 3]])])]])]));
  add('x infinite breakLength grouping', () => Array.from({ length: 40 }, (_, i) => i), { breakLength: Infinity });
  add('x infinite breakLength strings', () => ['a\nb'.repeat(10), 'c'], { breakLength: Infinity });
  add('x str breakLength 10', () => `${'a'.repeat(20)}\nb`, { breakLength: 10 });
  add('x error compact true', () => ({ e: mkErr(Error, 'ct') }), { compact: true });
  add('x error compact false', () => ({ e: mkErr(Error, 'ct') }), { compact: false });
  add('x error name own not in stack', () => { const e = mkErr(Error, 'm'); Object.defineProperty(e, 'name', { value: 'Other', enumerable: true, configurable: true }); return e; });
  add('x error message has name', () => mkErr(Error, 'Error: Error'));
  add('x error name empty', () => { const e = new Error('m'); e.name = ''; e.stack = 'm\n    at a (/a.js:1:1)'; return e; });
  add('x error name non-string', () => { const e = new Error('m'); e.name = 42; e.stack = '42: m\n    at a (/a.js:1:1)'; return e; });
  add('x error name symbol-ish', () => { const e = new Error('m'); e.name = { toString() { return 'ObjName'; } }; e.stack = 'ObjName: m\n    at a (/a.js:1:1)'; return e; });
  add('x aggregate showHidden', () => { const e = new AggregateError([1, 2], 'agg'); e.stack = 'AggregateError: agg\n    at a (/a.js:1:1)'; return e; }, { showHidden: true });
  add('x aggregate empty', () => { const e = new AggregateError([], ''); e.stack = 'AggregateError\n    at a (/a.js:1:1)'; return e; });
  add('x error class null proto chain', () => { class Q extends Error {} const e = new Q('q'); e.stack = 'Error: q\n    at a (/a.js:1:1)'; Object.setPrototypeOf(Q.prototype, null); return e; });
  add('x error depth 0 props', () => ({ e: Object.assign(mkErr(Error, 'd'), { extra: { x: 1 } }) }), { depth: 0 });
  add('x error in map', () => new Map([['e', mkErr(TypeError, 'in map')]]));
  add('x error cause plain object', () => new Error('o', { cause: { reason: 'x', nested: { a: 1 } } }));
  add('x typed colors numericSeparator', () => new Int32Array([1000000, -2000]), { colors: true, numericSeparator: true });
  add('x class tag showHidden', () => { class TT { get [Symbol.toStringTag]() { return 'Tagged'; } } return new TT(); }, { showHidden: true });
  add('x showHidden depth 0 instance', () => { class B { } B.prototype.p = 1; return { b: new B() }; }, { showHidden: true, depth: 0 });
  add('x showHidden class instance chain 4', () => { class A1 {} A1.prototype.a = 1; class A2 extends A1 {} A2.prototype.b = 2; class A3 extends A2 {} A3.prototype.c = 3; class A4 extends A3 {} A4.prototype.d = 4; return new A4(); }, { showHidden: true });
  add('x showHidden map', () => new Map([[1, 2]]), { showHidden: true });
  add('x showHidden set iterator', () => new Set([1]).values(), { showHidden: true });
  add('x showHidden promise', () => Promise.resolve(1), { showHidden: true });
  add('x showHidden regexp', () => /x/g, { showHidden: true });
  add('x showHidden date', () => new Date(0), { showHidden: true });
  add('x showHidden boxed', () => [new Number(1), new Boolean(true)], { showHidden: true });
  add('x showHidden arguments', () => (function () { return arguments; })(1), { showHidden: true });
  add('x showHidden arraybuffer', () => new ArrayBuffer(3), { showHidden: true });
  add('x showHidden weakref-ish', () => new WeakRef({}));
  add('x big keys', () => ({ 4294967295: 1, 4294967296: 2, 9007199254740993: 3 }));
  add('x array length 2**32-1 sparse', () => { const a = []; a.length = 2 ** 32 - 1; a[5] = 1; return a; });
  add('x deep recursion depth Infinity', () => { let o = {}; const root = o; for (let i = 0; i < 200; i++) { o.n = {}; o = o.n; } return root; }, { depth: Infinity, breakLength: Infinity });
  custom('x stack overflow inspection', (impl) => {
    let o = {};
    const root = o;
    for (let i = 0; i < 200000; i++) { o.n = {}; o = o.n; }
    const out = impl.inspect(root, { depth: Infinity, breakLength: Infinity, compact: true });
    return `${out.startsWith('{ n: { n: ')} ${out.includes('{ n: [Object: Inspection interrupted prematurely. Maximum call stack size exceeded.] }')}`;
  });
  add('x object many short keys compact 3', () => Object.fromEntries(Array.from({ length: 26 }, (_, i) => [String.fromCharCode(97 + i), i])));
  add('x array of empty objects/arrays', () => [{}, [], {}, [], {}, [], {}, []]);
  add('x array of nulls', () => Array(30).fill(null));
  add('x array of booleans', () => Array.from({ length: 30 }, (_, i) => i % 2 === 0));
  add('x array of undefined', () => Array(10).fill(undefined));
  add('x array mixed numbers and strings grouped', () => Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? `${i}` : i)));
  add('x array grouped inside object indent', () => ({ level: { nums: Array.from({ length: 50 }, (_, i) => i * 13) } }));
  add('x array grouped maxArrayLength', () => Array.from({ length: 50 }, (_, i) => i), { maxArrayLength: 20 });
  add('x nested arrays grouped', () => Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => i * j)));
  add('x emoji grouping', () => Array.from({ length: 10 }, (_, i) => '😀'.repeat(i % 3 + 1)));
  add('x symbol values grouping', () => Array.from({ length: 10 }, (_, i) => Symbol(`s${i}`)));
  add('x negative zero array', () => [-0, 0, -0]);
  add('x object with toString', () => ({ toString() { return 'x'; } }));
  add('x object with inspect method (legacy)', () => ({ inspect() { return 'legacy'; } }));
  add('x object key order numeric + symbols', () => ({ b: 1, 2: 2, a: 3, 1: 4, [Symbol('s')]: 5 }));
  add('x frozen object', () => Object.freeze({ a: 1 }));
  add('x generator function props', () => Object.assign(function* gp() {}, { x: 1 }));
  add('x async function null proto', () => Object.setPrototypeOf(async function anp() {}, null), undefined, { v8only: 'function kind is invisible once the prototype is replaced' });
  add('x iterator helpers', () => [1, 2].values().map((x) => x));
  add('x string with all quotes long', () => `'"\``.repeat(40));
  add('x key with unicode escapes', () => ({ '\u0000': 1, '\ud800': 2, 'é': 3 }));
  add('x symbol key escapes', () => ({ [Symbol('a\nb\x00\'')]: 1 }));
  add('x circular in map key', () => { const o = {}; const m = new Map([[o, o]]); o.m = m; return m; });
  add('x circular multiple indices', () => { const a = { n: 'a' }; const b = { n: 'b' }; a.b = b; b.a = a; b.self = b; return [a, b]; });
  add('x proxy as map key', () => new Map([[new Proxy({ k: 1 }, {}), 1]]));
  add('x proxy of array showProxy nested', () => ({ p: new Proxy([1, 2, 3], { get() {} }) }), { showProxy: true });
  add('x proxy of class instance', () => { class PC { constructor() { this.v = 1; } } return new Proxy(new PC(), {}); });
  add('x proxy custom inspect on handler', () => new Proxy({}, { get(t, k) { return k === Symbol.for('nodejs.util.inspect.custom') ? () => 'trap!' : undefined; } }));
  fmt('x format %s -0 in object', ['%s', { a: -0 }]);
  fmt('x format %s nested array depth', ['%s', { a: [1, { b: 2 }] }]);
  fmt('x format %s with class no toString', ['%s', new (class Foo { })()]);
  fmt('x format %s inherited toString from user class', ['%s', new (class B2 extends (class A2 { toString() { return 'A2!'; } }) {})()]);
  fmt('x format %s Symbol.toPrimitive inherited', ['%s', new (class TP { [Symbol.toPrimitive]() { return 'tp'; } })()]);
  fmt('x format %s date object', ['%s', { d: new Date(0) }]);
  fmt('x format %d many', ['%d %d %d %d', 1.5, '2', null, undefined]);
  fmt('x format %i many', ['%i %i %i', '12px', null, 1e21]);
  fmt('x format %f many', ['%f %f %f', '1e3', null, 'abc']);
  fmt('x format %j various', ['%j %j %j', 'str', [1, undefined], 1n === 1n]);
  fmt('x format %j bigint throws', ['%j', 1n]);
  fmt('x format %o array', ['%o', [1, [2, [3, [4, [5]]]]]]);
  fmt('x format %o map', ['%o', new Map([[1, { a: 1 }]])]);
  fmt('x format only %', ['%']);
  fmt('x format %s at end', ['a%s', 'b']);
  fmt('x format %%%s', ['%%%s', 'x']);
  fmt('x format %c consumes', ['%c%s', 'css', 'after']);
  fmt('x format non-string first with %', [1, '%s', 2]);
  fmt('x format string args not first', [{ a: 1 }, 'str with\nnewline']);

  // ----------------------------------------------------------------- format
  fmt('format plain', ['hello']);
  fmt('format no args', []);
  fmt('format %s', ['a %s b', 'X']);
  fmt('format %s number', ['%s', 42]);
  fmt('format %s -0', ['%s', -0]);
  fmt('format %s bigint', ['%s', 5n]);
  fmt('format %s symbol', ['%s', Symbol('s')]);
  fmt('format %s undefined null', ['%s %s', undefined, null]);
  fmt('format %s object', ['%s', { a: { b: { c: 1 } } }]);
  fmt('format %s array', ['%s', [1, [2, [3]]]]);
  fmt('format %s error', ['%s', mkErr(Error, 'e')]);
  fmt('format %s date', ['%s', new Date(0)]);
  fmt('format %s own toString', ['%s', { toString() { return 'custom!'; } }]);
  fmt('format %s class toString', ['%s', new (class { toString() { return 'cls'; } })()]);
  fmt('format %s toPrimitive', ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }]);
  fmt('format %s null proto', ['%s', Object.create(null)]);
  fmt('format %s function', ['%s', function f() {}]);
  fmt('format %s proxy', ['%s', new Proxy({ a: 1 }, {})]);
  fmt('format %s map', ['%s', new Map([[1, 2]])]);
  fmt('format %d', ['%d', 42.5]);
  fmt('format %d string', ['%d', '42']);
  fmt('format %d bigint', ['%d', 42n]);
  fmt('format %d symbol', ['%d', Symbol('x')]);
  fmt('format %d object', ['%d', {}]);
  fmt('format %d -0', ['%d', -0]);
  fmt('format %d empty', ['%d', '']);
  fmt('format %i', ['%i', 42.9]);
  fmt('format %i string', ['%i', '0x1F']);
  fmt('format %i bigint', ['%i', 7n]);
  fmt('format %i symbol', ['%i', Symbol()]);
  fmt('format %i neg', ['%i', -3.7]);
  fmt('format %f', ['%f', '3.5abc']);
  fmt('format %f symbol', ['%f', Symbol()]);
  fmt('format %f number', ['%f', 1e21]);
  fmt('format %j', ['%j', { a: [1, 'x'] }]);
  fmt('format %j circular', ['%j', (() => { const o = {}; o.o = o; return o; })()]);
  fmt('format %j undefined', ['%j', undefined]);
  fmt('format %j toJSON', ['%j', { toJSON() { return 'J'; } }]);
  fmt('format %o', ['%o', { a: [1, 2], f() {} }]);
  fmt('format %o function', ['%o', function foo(a) { return a; }]);
  fmt('format %o nested', ['%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }]);
  fmt('format %O', ['%O', { a: { b: { c: { d: 1 } } } }]);
  fmt('format %c', ['%cstyled%c text', 'color: red', 'x']);
  fmt('format %%', ['100%% sure %s', 'yes']);
  fmt('format %% no args', ['100%% sure']);
  fmt('format %% only', ['%%', 1]);
  fmt('format trailing %', ['abc %', 1]);
  fmt('format unknown %x', ['%x %s', 'a']);
  fmt('format missing args', ['%s %s %d', 'only']);
  fmt('format extra args', ['%s', 'a', 'b', { c: 1 }, 3]);
  fmt('format extra string args', ['a', 'b', 'c']);
  fmt('format non-string first', [{ a: 1 }, 'b', 3]);
  fmt('format number first', [42, '%s', 'x']);
  fmt('format only objects', [[1, 2], { x: 1 }]);
  fmt('format null first', [null]);
  fmt('format undefined first', [undefined, undefined]);
  fmt('format symbol first', [Symbol('a'), 'b']);
  fmt('format adjacent', ['%s%s%d', 'a', 'b', 3]);
  fmt('format %s string with quotes', ['%s', "it's"]);
  fmt('format %O string', ['%O', 'str']);
  fmt('format %s long array', ['%s', Array.from({ length: 200 }, (_, i) => i)]);
  fmt('format %s nested class', ['%s', new (class Foo { constructor() { this.x = { y: 1 }; } })()]);
  fmt('format %s boxed', ['%s', new Number(5)]);
  fmt('format %s error subclass', ['%s', new (class E extends Error {})('x')]);
  fmt('format %s arrays of objects', ['%s', [{ a: 1 }]]);
  fmt('format % at end with more args', ['%', 'x']);
  custom('formatWithOptions colors', (impl) => impl.formatWithOptions({ colors: true }, '%s %O', 'x', { a: 1 }, [2]));
  custom('formatWithOptions numericSeparator', (impl) => impl.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 98765.4, 1234.5678, 100000));
  custom('formatWithOptions array opts', (impl) => impl.formatWithOptions([], '%s', 1));
  for (const bad of [null, undefined, 5, 'str', Symbol('s'), () => {}, 'a very long string argument value here']) {
    custom(`formatWithOptions invalid ${String(bad)}`, (impl) => { try { impl.formatWithOptions(bad, 'x'); return 'no throw'; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } });
  }
  for (const bad of [null, [], 5, Object.create(null)]) {
    custom(`defaultOptions invalid ${Array.isArray(bad) ? 'array' : String(typeof bad)}`, (impl) => { try { impl.inspect.defaultOptions = bad; return 'no throw'; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } finally { impl.inspect.defaultOptions = { depth: 2 }; } });
  }
  for (const bad of [5, null, {}, new Map()]) {
    custom(`stripVT invalid ${String(bad)}`, (impl) => { try { impl.stripVTControlCharacters(bad); return 'no throw'; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } });
  }
  custom('formatWithOptions depth', (impl) => impl.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, '%O', { c: { d: 1 } }));

  // -------------------------------------------------------------- API surface
  custom('inspect.custom symbol', (impl) => String(impl.inspect.custom === Symbol.for('nodejs.util.inspect.custom')));
  custom('inspect.colors', (impl) => JSON.stringify(Object.entries(impl.inspect.colors)));
  custom('inspect.colors aliases', (impl) => JSON.stringify(['grey', 'blackBright', 'faint', 'swapColors', 'doubleUnderline', 'crossedOut', 'conceal', 'bgGrey'].map((k) => impl.inspect.colors[k])));
  custom('inspect.styles', (impl) => JSON.stringify(Object.entries(impl.inspect.styles).map(([k, v]) => [k, typeof v === 'function' ? `fn:${v.colors}` : v])));
  custom('inspect.defaultOptions', (impl) => JSON.stringify(impl.inspect.defaultOptions));
  custom('defaultOptions set depth', (impl) => {
    const saved = { ...impl.inspect.defaultOptions };
    impl.inspect.defaultOptions = { depth: 0, breakLength: 20 };
    try {
      return impl.inspect({ a: { b: 1 }, c: 'xxxxxxxxxxxxxxxxxxxxx' }) + impl.format('%O', { z: { y: 1 } });
    } finally {
      impl.inspect.defaultOptions = saved;
    }
  });
  custom('defaultOptions numericSeparator affects format', (impl) => {
    const saved = { ...impl.inspect.defaultOptions };
    impl.inspect.defaultOptions.numericSeparator = true;
    try {
      return impl.format('%d %s', 1234567, 7654321);
    } finally {
      impl.inspect.defaultOptions = saved;
    }
  });
  custom('defaultOptions invalid', (impl) => { try { impl.inspect.defaultOptions = null; return 'no throw'; } catch (e) { return `${e.name} ${e.code}`; } });
  custom('styles change', (impl) => {
    const saved = impl.inspect.styles.number;
    impl.inspect.styles.number = 'red';
    try {
      return impl.inspect([1, 'a'], { colors: true });
    } finally {
      impl.inspect.styles.number = saved;
    }
  });
  custom('styles unknown color', (impl) => {
    const saved = impl.inspect.styles.string;
    impl.inspect.styles.string = 'nonexistent';
    try {
      return impl.inspect(['a'], { colors: true });
    } finally {
      impl.inspect.styles.string = saved;
    }
  });
  custom('stripVTControlCharacters', (impl) => JSON.stringify([
    impl.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'),
    impl.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
    impl.stripVTControlCharacters('\u009b1;2mX'),
    impl.stripVTControlCharacters('none'),
  ]));
  custom('stripVTControlCharacters invalid', (impl) => { try { impl.stripVTControlCharacters(5); return 'no'; } catch (e) { return `${e.name} ${e.code}`; } });
  custom('inspect no args', (impl) => impl.inspect());
  custom('inspect self', (impl) => impl.inspect({ i: impl.inspect }).replace(/inspect/g, 'INSPECT'));

  return cases;
};
