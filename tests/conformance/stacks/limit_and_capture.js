// Error.stackTraceLimit bounds the number of frames; Error.captureStackTrace
// puts a stack on any object, hiding the frames above a given function.
const vm = require('node:vm');

const code = `
function a() { return b(); }
function b() { return c(); }
function c() { return new Error('deep'); }
a;
`;
const a = vm.runInThisContext(code, { filename: 'limit.js' });
const local = (e) => e.stack.split('\n').filter((l) => !l.startsWith('    at ') || l.includes('limit.js'));

console.log(local(a()));
const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 2;
console.log(a().stack.split('\n').length);
console.log(local(a()));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(a().stack));
Error.stackTraceLimit = saved;

const capture = vm.runInThisContext(`
function outer() { return middle(); }
function middle() { return inner(); }
function inner() {
  const o = { name: 'Custom', message: 'made' };
  Error.captureStackTrace(o, middle);
  return o;
}
outer;
`, { filename: 'limit.js' });
const o = capture();
console.log(local(o));
console.log(Object.getOwnPropertyDescriptor(o, 'stack').enumerable);

const plain = {};
Error.captureStackTrace(plain);
console.log(plain.stack.split('\n')[0]);
