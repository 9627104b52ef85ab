// How Node names every kind of rejection reason in its message.
process.on('uncaughtException', (e) => {
  console.log(e.code, e.message.slice(e.message.indexOf('reason')));
});
class Foo {}
const reasons = [[1, 2], null, undefined, 'str', function named() {}, new Foo(), 1n,
  new Map(), Object.create(null), { toString() { return 'custom'; } }, new Date(0), /re/g,
  [], -0, NaN, true, Symbol('sym'), { [Symbol.toStringTag]: 'Tagged' }, new Set([1]),
  Promise.resolve(), new Uint8Array(2), Object.assign(Object.create(null), { a: 1 })];
for (const r of reasons) Promise.reject(r);
