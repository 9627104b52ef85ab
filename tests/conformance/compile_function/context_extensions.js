// contextExtensions: their properties are in scope of the body, as nested
// `with` scopes; a later extension shadows an earlier one.
const vm = require('node:vm');
const run = (body, exts, params = []) =>
  vm.compileFunction(body, params, { contextExtensions: exts });

const e1 = { a: 1, b: 1 };
const e2 = { b: 2, c: 2 };
console.log(run('return [a, b, c]', [e1, e2])());
console.log(run('return [a, b, c]', [e2, e1])());
console.log(run('return [a, b]', [e1, e2], ['a'])(9));
run('a = 10; b = 20; c = 30; newVar = 40; var v = 1;', [e1, e2])();
console.log(e1, e2, globalThis.newVar, globalThis.v);

// Names are looked up when the code runs.
const late = {};
const f = run('return typeof later', [late]);
console.log(f());
late.later = 1;
console.log(f());

console.log(run('return typeof a', [{ a: 1, [Symbol.unscopables]: { a: true } }])());
console.log(run('return toString === Object.prototype.toString', [{}])());
console.log(run('return g', [{ get g() { return 'got'; } }])());
console.log(run('return this === globalThis', [e1])());
const ext = { m() { return this === ext; } };
console.log(run('return m()', [ext])());
const strict = { q: 0 };
console.log(run('"use strict"; q = 1; return q', [strict])(), strict.q);
const del = { d: 1 };
run('delete d', [del])();
console.log('d' in del);
console.log(run('return typeof zzz', [{}])());
// Properties named like what the wrapper could use.
console.log(run('return [arguments.length, typeof self]', [{ arguments: 'x', this: 1, self: 2 }])(1, 2));
console.log(run('return Object(1) instanceof Number', [Object(1)])());
