// node-flags: --expose-gc
// jsvm-flags: --expose-gc
// --expose-gc defines globalThis.gc: a full collection that returns
// undefined (a promise with `{ execution: 'async' }`); objects only a
// cycle keeps are collected by it.
const d = Object.getOwnPropertyDescriptor(globalThis, 'gc');
console.log(typeof gc, gc.name, gc.length, d.writable, d.enumerable, d.configurable);
console.log(gc(), gc({ type: 'minor' }), gc({ type: 'major', execution: 'sync' }), gc(1));
console.log(Object.keys(globalThis).includes('gc'));

// Only the collection frees a cycle; a WeakRef to it sees that.
let ref;
(function () {
  const a = {};
  const b = { a };
  a.b = b;
  ref = new WeakRef(a);
})();

// (A deref() keeps the target alive until the end of its task, so the
// collection comes in a later one.)
setTimeout(() => console.log('before gc: weak ref target', typeof ref.deref()), 1);
setTimeout(() => {
  gc();
  console.log('after gc: weak ref target', ref.deref());
  const p = gc({ type: 'major', execution: 'async' });
  console.log(p instanceof Promise);
  p.then((v) => console.log('async gc done', v));
}, 5);
