// A getter of the context object that throws is not heard, as in Node
// (V8's interceptor swallows the error): the name is looked up on the
// global itself.
const vm = require('vm');
const sandbox = { plain: 1 };
let calls = 0;
Object.defineProperty(sandbox, 'boom', {
  get() { calls++; throw new Error('getter threw'); },
  enumerable: true,
});
Object.defineProperty(sandbox, 'five', { get() { throw 5; } });
Object.defineProperty(sandbox, 'Array', { get() { throw new Error('no'); } });
const ctx = vm.createContext(sandbox);
const cases = [
  'boom',
  'typeof boom',
  'globalThis.boom',
  'this.boom',
  'five',
  "'boom' in globalThis",
  'Object.keys(globalThis).join()',
  'var x = boom; x',
  'try { boom } catch (e) { e.name + ": " + e.message }',
  'typeof Array',
  'Array === [].constructor',
  'plain',
];
for (const code of cases) {
  try {
    console.log(code, '->', vm.runInContext(code, ctx));
  } catch (e) {
    console.log(code, 'threw', e.name, e.message);
  }
}
console.log('getter calls', calls > 0);
