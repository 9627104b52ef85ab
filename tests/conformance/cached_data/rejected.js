// node-flags: --no-compilation-cache --verify-snapshot-checksum
// Cached data that does not fit the source is rejected
// (cachedDataRejected true) and the source is compiled instead: data of
// another source (of another length: V8 compares only the length),
// truncated, extended, empty, zeros, random bytes, a function's data.
// (Node's flags: see round_trip.js.)
const vm = require('node:vm');

const source = 'var list = [1, 2, 3];\nlist.map((v) => v * 10).join(",")';
const data = new vm.Script(source, { produceCachedData: true }).cachedData;

let seed = 12345;
function random(n) {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = seed >>> 16;
  }
  return out;
}

const cases = {
  'the same data': data,
  'other source': new vm.Script('var list = [1, 2];\nlist.join()', { produceCachedData: true }).cachedData,
  'truncated by one byte': data.subarray(0, data.length - 1),
  'first half': data.subarray(0, data.length >> 1),
  'first 10 bytes': data.subarray(0, 10),
  'extended by one byte': Buffer.concat([data, Buffer.from([0])]),
  'twice': Buffer.concat([data, data]),
  'empty': Buffer.alloc(0),
  'empty Uint8Array': new Uint8Array(0),
  'one zero byte': Buffer.alloc(1),
  'zeros': Buffer.alloc(data.length),
  'random bytes': random(data.length),
  'a function\'s data': vm.compileFunction('return [1, 2, 3].map((v) => v * 10)', [],
                                           { produceCachedData: true }).cachedData,
};
for (const [name, cachedData] of Object.entries(cases)) {
  const script = new vm.Script(source, { cachedData });
  console.log(name, script.cachedDataRejected, script.runInNewContext());
}

// A rejected script still produces good data when asked.
const both = new vm.Script(source, { cachedData: Buffer.alloc(3), produceCachedData: true });
console.log('both', both.cachedDataRejected, both.cachedDataProduced);
const fresh = new vm.Script(source, { cachedData: both.cachedData });
console.log('fresh', fresh.cachedDataRejected, fresh.runInThisContext());
console.log('fresh from createCachedData',
            new vm.Script(source, { cachedData: both.createCachedData() }).cachedDataRejected);
