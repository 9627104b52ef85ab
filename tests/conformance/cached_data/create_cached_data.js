// node-flags: --no-compilation-cache --verify-snapshot-checksum
// script.createCachedData(): a Buffer that new vm.Script takes back as
// cachedData, made before or after the script ran, any number of times.
// (Node's flags: see round_trip.js.)
const vm = require('node:vm');

const source = [
  'function add(a, b) {',
  '  return a + b;',
  '}',
  'const x = add(1, 2);',
  'x',
].join('\n');

const script = new vm.Script(source, { filename: 'add.js' });
console.log(typeof script.createCachedData, script.createCachedData.name,
            script.createCachedData.length);
console.log('own', Object.prototype.hasOwnProperty.call(script, 'createCachedData'));

const before = script.createCachedData();
console.log('before: Buffer', Buffer.isBuffer(before), before.length > 0,
            before.byteOffset, before.buffer.byteLength === before.length);
console.log('run', script.runInThisContext());
const after = script.createCachedData();
console.log('after: Buffer', Buffer.isBuffer(after), after.length > 0);
console.log('no cache keys on the script', Object.keys(script).filter((k) => k.startsWith('cached')));

for (const [name, cachedData] of [['before', before], ['after', after],
                                  ['again', script.createCachedData()]]) {
  const s = new vm.Script(source, { filename: 'add.js', cachedData });
  console.log(name, s.cachedDataRejected, s.runInNewContext(),
              s.runInNewContext({}, { timeout: 1000 }));
}

// The function of a script read from cached data works when called later.
const s = new vm.Script(source, { filename: 'add.js', cachedData: after });
const ctx = vm.createContext({});
s.runInContext(ctx);
console.log(ctx.add.toString());
console.log(vm.runInContext('add(20, 22)', ctx));

// A script made from cached data makes cached data too.
const copy = new vm.Script(source, { filename: 'add.js', cachedData: s.createCachedData() });
console.log('copy', copy.cachedDataRejected, copy.runInNewContext());

try {
  vm.Script.prototype.createCachedData.call({});
} catch (e) {
  console.log(e.name, e.message);
}
