// console.dir and its options; custom inspect is ignored by dir.
const obj = { a: { b: { c: { d: { e: 1 } } } }, arr: Array.from({ length: 120 }, (_, i) => i) };
console.dir(obj);
console.dir(obj, { depth: 0 });
console.dir(obj, { depth: null, maxArrayLength: 3 });
console.dir(obj, { compact: false, depth: 1 });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'custom' });
console.log({ [Symbol.for('nodejs.util.inspect.custom')]: () => 'custom' });
console.dir('string', { colors: false });
console.dir([1, 'a'], { colors: true });
console.dir({ b: 2, a: 1 }, { sorted: true });
console.dir(Object.defineProperty({}, 'hidden', { value: 1 }), { showHidden: true });
