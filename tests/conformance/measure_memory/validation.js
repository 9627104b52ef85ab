// node-flags: --no-warnings
// jsvm-flags: --no-warnings
// vm.measureMemory validates its options as Node does: an object (not
// null, an array or a function), mode 'summary' | 'detailed', execution
// 'default' | 'eager'. Errors are thrown synchronously.
const vm = require('vm');

const cases = [
  ['null', null],
  ['number', 1],
  ['string', 'summary'],
  ['boolean', true],
  ['symbol', Symbol('s')],
  ['arrow function', () => {}],
  ['named function', function measure() {}],
  ['array', []],
  ['bigint', 1n],
  ['mode x', { mode: 'x' }],
  ['mode 1', { mode: 1 }],
  ['mode null', { mode: null }],
  ['mode SUMMARY', { mode: 'SUMMARY' }],
  ['mode object', { mode: {} }],
  ['mode long string', { mode: 'y'.repeat(200) }],
  ['execution lazy', { execution: 'lazy' }],
  ['execution 1', { execution: 1 }],
  ['execution null', { execution: null }],
  ['both bad', { mode: 'bad', execution: 'bad' }],
  ['inherited mode', Object.create({ mode: 'bad' })],
  ['throwing getter', { get mode() { throw new Error('getter'); } }],
  ['mode undefined', { mode: undefined, execution: 'eager' }],
  ['extra keys', { mode: 'detailed', execution: 'eager', extra: 1 }],
  ['date', new Date(0)],
  ['null prototype', Object.assign(Object.create(null), { execution: 'eager' })],
];

const pending = [];
for (const [name, options] of cases) {
  try {
    const p = vm.measureMemory(options);
    console.log(name, '->', p instanceof Promise ? 'promise' : typeof p);
    // Settle them all with one collection.
    pending.push(p);
  } catch (e) {
    console.log(name, '->', e.code, e.name, e.message);
  }
}
for (const args of [[], [undefined], [{}], [undefined, 'ignored']]) {
  const p = vm.measureMemory(...args);
  console.log(`(${args.length} args) -> promise`, p instanceof Promise);
  pending.push(p);
}
pending.push(vm.measureMemory({ execution: 'eager' }));
Promise.all(pending).then((results) => console.log('settled', results.length));
