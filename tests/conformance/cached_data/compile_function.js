// node-flags: --no-compilation-cache --verify-snapshot-checksum
// vm.compileFunction with produceCachedData and cachedData: the properties
// Node puts on the function, in its order, and data that is rejected.
// (Node's flags: see round_trip.js.)
const vm = require('node:vm');

const body = 'const total = a + b + (typeof k === "number" ? k : 0);\nreturn `${total}`;';
const params = ['a', 'b'];

const made = vm.compileFunction(body, params, { filename: 'sum.js', produceCachedData: true });
console.log('made keys', Object.keys(made));
console.log(made.cachedDataProduced, Buffer.isBuffer(made.cachedData), made.cachedData.length > 0);
console.log(Object.getOwnPropertyDescriptor(made, 'cachedDataProduced'));
console.log('cachedDataRejected' in made, made(1, 2));
const data = made.cachedData;

const plain = vm.compileFunction(body, params, { filename: 'sum.js' });
console.log('plain keys', Object.keys(plain));

const read = vm.compileFunction(body, params, { filename: 'sum.js', cachedData: data });
console.log('read keys', Object.keys(read), read.cachedDataRejected);
console.log(read(1, 2), read.length, JSON.stringify(read.name));
console.log(read.toString());

const both = vm.compileFunction(body, params,
                                { filename: 'sum.js', cachedData: data, produceCachedData: true });
console.log('both keys', Object.keys(both), both.cachedDataRejected, both.cachedDataProduced);
console.log(vm.compileFunction(body, params,
                               { filename: 'sum.js', cachedData: both.cachedData }).cachedDataRejected);

// In a parsing context, with context extensions: the data made with one
// extension fits a compile with one extension.
const ctx = vm.createContext({});
const inCtx = vm.compileFunction(body, params,
                                 { filename: 'sum.js', cachedData: data, parsingContext: ctx });
console.log('parsingContext', inCtx.cachedDataRejected, inCtx(2, 3),
            Object.getPrototypeOf(inCtx) === vm.runInContext('Function.prototype', ctx));
const withK = vm.compileFunction(body, params,
                                 { contextExtensions: [{ k: 100 }], produceCachedData: true });
const withK2 = vm.compileFunction(body, params,
                                  { contextExtensions: [{ k: 1000 }], cachedData: withK.cachedData });
console.log('extensions', withK(1, 2), withK2.cachedDataRejected, withK2(1, 2));

// Rejected: other body (of another length), truncated, empty, a script's.
const cases = {
  'other body': vm.compileFunction('return a - b;', params, { produceCachedData: true }).cachedData,
  'truncated': data.subarray(0, data.length - 1),
  'extended': Buffer.concat([data, Buffer.from([1])]),
  'empty': Buffer.alloc(0),
  'a script\'s data': new vm.Script('1 + 1', { produceCachedData: true }).cachedData,
};
for (const [name, cachedData] of Object.entries(cases)) {
  const fn = vm.compileFunction(body, params, { filename: 'sum.js', cachedData });
  console.log(name, Object.keys(fn), fn.cachedDataRejected, fn(20, 22));
}

// Syntax errors are thrown whatever the data.
try {
  vm.compileFunction('return (', [], { cachedData: data });
} catch (e) {
  console.log(e.name);
}
