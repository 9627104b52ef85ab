// node-flags: --no-compilation-cache --verify-snapshot-checksum
// Validation of cachedData and produceCachedData, as Node 26 does it, for
// vm.Script, the runIn*Context functions and vm.compileFunction; any view
// is taken (and these, not being cached data, are rejected). (Node's flags:
// see round_trip.js.)
const vm = require('node:vm');

function check(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const badData = {
  null: null,
  string: 'data',
  number: 1,
  object: {},
  array: [1, 2],
  ArrayBuffer: new ArrayBuffer(4),
  function: () => {},
  true: true,
};
const badFlags = { null: null, string: 'yes', number: 1, object: {}, undefined: undefined };

for (const [name, cachedData] of Object.entries(badData)) {
  check(`Script cachedData ${name}`, () => new vm.Script('1', { cachedData }));
  check(`compileFunction cachedData ${name}`, () => vm.compileFunction('1', [], { cachedData }));
}
for (const [name, produceCachedData] of Object.entries(badFlags)) {
  check(`Script produceCachedData ${name}`, () => new vm.Script('1', { produceCachedData }));
  check(`compileFunction produceCachedData ${name}`,
        () => vm.compileFunction('1', [], { produceCachedData }));
}
check('runInThisContext cachedData', () => vm.runInThisContext('1', { cachedData: 'x' }));
check('runInNewContext cachedData', () => vm.runInNewContext('1', {}, { cachedData: 1 }));
check('runInContext produceCachedData',
      () => vm.runInContext('1', vm.createContext(), { produceCachedData: 'x' }));
check('createScript cachedData', () => vm.createScript('1', { cachedData: [] }));
// Validation comes before compiling.
check('order', () => new vm.Script('(', { cachedData: 'x' }));
check('order produce', () => new vm.Script('(', { produceCachedData: 0 }));
check('filename first', () => new vm.Script('1', { filename: 1, cachedData: 'x' }));
check('cachedData before produceCachedData',
      () => new vm.Script('1', { cachedData: 'x', produceCachedData: 'x' }));
// Any ArrayBufferView, and undefined, is accepted.
for (const view of [new Int32Array(2), new Float64Array(1), new DataView(new ArrayBuffer(2)),
                    Buffer.alloc(0), new BigInt64Array(1), undefined]) {
  const name = view && view.constructor.name;
  check(`Script ${name}`, () => {
    console.log(`Script ${name} rejected:`, new vm.Script('1', { cachedData: view }).cachedDataRejected);
  });
  check(`compileFunction ${name}`, () => {
    console.log(`compileFunction ${name} rejected:`,
                vm.compileFunction('1', [], { cachedData: view }).cachedDataRejected);
  });
}
