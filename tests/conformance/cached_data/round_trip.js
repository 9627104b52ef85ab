// node-flags: --no-compilation-cache --verify-snapshot-checksum
// Cached data made by produceCachedData / createCachedData and given back
// with cachedData: the script compiles from it (cachedDataRejected false)
// and behaves as the compiled one. (Node's flags: without them V8 reuses
// what it compiled earlier in the process and never looks at the data, and
// does not verify the data's checksum.)
const vm = require('node:vm');

const cacheKeys = (o) => Object.keys(o).filter((k) => k.startsWith('cached'));
const source = [
  'function greet(name) { return `hello ${name} ${n}`; }',
  'var n = (typeof n === "number" ? n : 0) + 1;',
  'greet("cache")',
  '//# sourceMappingURL=greet.js.map',
].join('\n');
const options = { filename: 'greet.js', lineOffset: 2, columnOffset: 4 };

const producer = new vm.Script(source, { ...options, produceCachedData: true });
console.log('producer keys', cacheKeys(producer));
console.log('cachedDataProduced', producer.cachedDataProduced);
console.log('cachedData is a Buffer', Buffer.isBuffer(producer.cachedData),
            producer.cachedData.length > 0);
console.log('cachedDataRejected' in producer, producer.cachedDataRejected);
console.log(Object.getOwnPropertyDescriptor(producer, 'cachedDataProduced'));
console.log('cachedData enumerable',
            Object.getOwnPropertyDescriptor(producer, 'cachedData').enumerable);

const data = producer.cachedData;
const plain = new vm.Script(source, options);
console.log('plain keys', cacheKeys(plain), plain.cachedDataRejected);

// Every kind of ArrayBufferView over the same bytes.
const padded = new ArrayBuffer(data.length + 16);
const atOffset = new Uint8Array(padded, 8, data.length);
atOffset.set(data);
const views = {
  Buffer: data,
  'Buffer copy': Buffer.from(data),
  'Uint8Array at an offset': atOffset,
  DataView: new DataView(padded, 8, data.length),
  'Uint8Array of another context': (() => {
    const u8 = vm.runInNewContext(`new Uint8Array(${data.length})`);
    u8.set(data);
    return u8;
  })(),
};
for (const [name, cachedData] of Object.entries(views)) {
  const script = new vm.Script(source, { ...options, cachedData });
  console.log(name, cacheKeys(script), script.cachedDataRejected,
              script.runInNewContext(), script.sourceMapURL);
}

// The script read from cached data runs anywhere, many times.
const consumer = new vm.Script(source, { ...options, cachedData: data });
const ctx = vm.createContext({ n: 10 });
console.log(consumer.runInContext(ctx), consumer.runInContext(ctx));
console.log(consumer.runInThisContext(), consumer.runInThisContext());
console.log(typeof greet, ctx.n);

// Both options: the data is used and new data is produced.
const both = new vm.Script(source, { ...options, cachedData: data, produceCachedData: true });
console.log('both keys', cacheKeys(both), both.cachedDataRejected, both.cachedDataProduced);
const again = new vm.Script(source, { ...options, cachedData: both.cachedData });
console.log('from produced data', again.cachedDataRejected, again.runInNewContext());

// Errors thrown by code read from cached data have the right positions.
const thrower = 'var x = 1;\nthrow new Error("from cache " + x);';
const made = new vm.Script(thrower, { filename: 'thrower.js', lineOffset: 10, produceCachedData: true });
const read = new vm.Script(thrower, { filename: 'thrower.js', lineOffset: 10, cachedData: made.cachedData });
console.log('thrower rejected', read.cachedDataRejected);
try {
  read.runInNewContext();
} catch (e) {
  console.log(e.message);
  console.log(e.stack.split('\n').filter((l) => l.includes('thrower.js')));
}

// runIn*Context pass cachedData on to the script they compile.
const small = 'n * 2';
const smallData = new vm.Script(small, { produceCachedData: true }).cachedData;
console.log(vm.runInContext(small, ctx, { cachedData: smallData }));
console.log(vm.runInNewContext(small, { n: 4 }, { cachedData: smallData }));
globalThis.n = 21;
console.log(vm.runInThisContext(small, { cachedData: smallData }));

// The bytes are those of the view, whatever its properties say.
const disguised = new Uint8Array(data);
Object.defineProperty(disguised, 'byteLength', { value: 3 });
Object.defineProperty(disguised, 'buffer', { value: new ArrayBuffer(8) });
const fromDisguised = new vm.Script(source, { ...options, cachedData: disguised });
console.log('disguised view', fromDisguised.cachedDataRejected);
