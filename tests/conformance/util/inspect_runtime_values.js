// util.inspect of values only the runtime can look into: promise states,
// proxies, weak collections (showHidden), Map/Set iterators, vm contexts,
// Buffers, class hierarchies, util.inspect.custom with its arguments.
const util = require('util');
const vm = require('vm');

const pending = new Promise(() => {});
const rejected = Promise.reject(new Error('no'));
rejected.catch(() => {});
console.log(util.inspect(Promise.resolve({ a: [1] })), util.inspect(pending));
console.log(util.inspect(Promise.reject(3).catch(() => {}) && Promise.resolve(undefined)));
console.log(util.inspect(Promise.resolve(Promise.resolve(1))));
const target = { t: 1 };
const handler = { get: () => 5 };
const proxy = new Proxy(target, handler);
console.log(util.inspect(proxy), util.inspect(proxy, { showProxy: true }));
console.log(util.inspect(new Proxy(function f() {}, {})), util.inspect(new Proxy([1, 2], {})));
const revocable = Proxy.revocable({}, {});
revocable.revoke();
console.log(util.inspect(revocable.proxy), util.inspect({ p: revocable.proxy }, { showProxy: true }));
const k1 = { key: 1 };
const k2 = [2];
const wm = new WeakMap([[k1, 'one'], [k2, { two: 2 }]]);
const ws = new WeakSet([k1, k2]);
console.log(util.inspect(wm), util.inspect(ws));
console.log(util.inspect(wm, { showHidden: true }), util.inspect(ws, { showHidden: true }));
const m = new Map([['a', 1], ['b', { c: 2 }], ['d', 3]]);
const it = m.entries();
it.next();
console.log(util.inspect(it), util.inspect(m.keys()), util.inspect(m.values()), util.inspect(m[Symbol.iterator]()));
const s = new Set([1, 2, 3]);
const sit = s.values();
sit.next();
console.log(util.inspect(sit), util.inspect(s.entries()), util.inspect(s.keys(), { maxArrayLength: 1 }));
const done = s.values();
for (const x of done) void x;
console.log(util.inspect(done), util.inspect([m.keys()]), util.inspect(new Map([[1, new Set([2])]]).entries()));
const ctx = vm.createContext({ a: 1, nested: { b: [1, 2] } });
console.log(util.inspect(ctx), util.inspect(vm.createContext()));
console.log(util.inspect(vm.runInContext('({ inside: new Map([[1, 2]]), d: new Date(0), e: [new Error("x").message] })', ctx)));
console.log(util.inspect(vm.runInNewContext('Object.create(null)')), util.inspect(vm.runInNewContext('[1, 2, 3]')));
console.log(util.inspect(Buffer.from('hello world')), util.inspect(Buffer.alloc(60, 1)));
console.log(util.inspect({ buf: Buffer.from([1, 2, 3]) }), util.inspect(Buffer.from('x'), { showHidden: true }).length > 0);
class Animal { constructor() { this.legs = 4; } }
class Dog extends Animal { constructor() { super(); this.name = 'rex'; } get loud() { return true; } }
console.log(util.inspect(new Dog()), util.inspect(Dog), util.inspect(Animal), util.inspect([Dog]));
console.log(util.inspect(Object.create(new Dog())), util.inspect(Object.setPrototypeOf({ x: 1 }, null)));
const custom = {
  [util.inspect.custom](depth, options, inspect) {
    return `custom(depth=${depth}, compact=${options.compact}, same=${inspect === util.inspect}, ${inspect({ n: [1] }, options)})`;
  },
};
console.log(util.inspect(custom), util.inspect({ deep: { custom } }, { depth: 4 }));
console.log(util.inspect({ c: { [util.inspect.custom]: () => ({ replaced: true }) } }));
console.log(util.inspect({ c: { [util.inspect.custom]: () => 'str' } }, { customInspect: false }));
console.log(util.inspect(new (class Foo { [util.inspect.custom]() { return this; } })()));
const args = (function () { return arguments; })(1, 'a');
console.log(util.inspect(args), util.inspect((function* g() { yield 1; })()), util.inspect([1, 2].values()));
console.log(util.inspect(process.versions).includes('node'));
