// Stack frames are named as V8 names them: plain functions, top-level code
// (location only), constructors (`new Foo`), methods (`Object.m`, `Foo.m`,
// `[as alias]`), accessors, and built-ins such as `Array.forEach (<anonymous>)`.
// Only frames in the vm-compiled file are printed (Node's own frames differ).
const vm = require('node:vm');

const code = `
function plain() { throw new Error('plain'); }
class Foo {
  constructor(fail) { if (fail) throw new Error('ctor'); }
  method() { throw new Error('method'); }
  static make() { throw new Error('static'); }
  get prop() { throw new Error('getter'); }
}
class Bar extends Foo {}
const obj = {
  m() { throw new Error('object method'); },
  anon: function () { throw new Error('anonymous method'); },
};
obj.alias = obj.m;
const cases = {
  plain: () => plain(),
  topLevel: () => { throw new Error('arrow'); },
  ctor: () => new Foo(true),
  anonCtor: () => new (function () { throw new Error('anon ctor'); })(),
  method: () => new Foo().method(),
  inherited: () => new Bar().method(),
  static: () => Foo.make(),
  getter: () => new Foo().prop,
  objectMethod: () => obj.m(),
  anonMethod: () => obj.anon(),
  alias: () => obj.alias(),
  forEach: () => [1].forEach(function each() { throw new Error('forEach'); }),
  map: () => [1].map((x) => { throw new Error('map'); }),
  call: () => plain.call({}),
  arrayThis: () => (function named() { throw new Error('array this'); }).call([]),
  stringMethod: () => { String.prototype.boom = function () { 'use strict'; throw new Error('s'); }; 'x'.boom(); },
  jsonReviver: () => JSON.parse('[1]', function reviver() { throw new Error('reviver'); }),
};
cases;
`;

const cases = vm.runInNewContext(code, {}, { filename: 'frames.js' });
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
  } catch (e) {
    const lines = e.stack.split('\n');
    console.log(name + ':', lines[0]);
    for (const line of lines.slice(1)) {
      if (line.includes('frames.js') || line.includes('(<anonymous>)')) console.log(line);
    }
  }
}
