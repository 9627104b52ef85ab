// Class instances become plain objects; getters are read; only own
// enumerable string keys are copied; errors keep their type and message.
class Point { constructor() { this.x = 1; } get sum() { return 2; } }
const p = structuredClone(new Point());
console.log(p, p.constructor === Object, Object.getPrototypeOf(p) === Object.prototype);
const o = { get g() { return 'got'; }, [Symbol('s')]: 1 };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
console.log(structuredClone(o));
for (const e of [new Error('m'), new TypeError('t'), new RangeError('r'), new SyntaxError('s'),
  new EvalError('e'), new URIError('u'), new ReferenceError('ref')]) {
  const ce = structuredClone(e);
  console.log(ce.constructor.name, ce.message, ce instanceof Error, ce !== e);
}
class MyError extends Error { constructor() { super('mine'); this.name = 'MyError'; this.extra = 1; } }
const cm = structuredClone(new MyError());
console.log(cm.constructor.name, cm.name, cm.message, cm.extra);
const withCause = structuredClone(new Error('outer', { cause: { why: 'inner' } }));
console.log(withCause.cause);
const b = structuredClone(Buffer.from('hi'));
console.log(b.constructor.name, b);
