// Context objects whose setters, coercion traps and proxy traps throw: the
// error reaches the script and the host, and the context keeps working.
// (A getter of the context object that throws is not here: V8 swallows
// the error inside its interceptor and reports the name as not defined,
// where jsvm lets the getter's error through; jsvm-crate tests cover it.)
const vm = require('vm');

function attempt(ctx, code) {
  try {
    return `ok ${vm.runInContext(code, ctx)}`;
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
}

const sandbox = { fine: 1 };
Object.defineProperty(sandbox, 'boom', { get() { throw new Error('getter boom'); }, configurable: true });
Object.defineProperty(sandbox, 'guarded', { set(v) { throw new TypeError(`no ${v}`); }, get() { return 'g'; } });
Object.defineProperty(sandbox, 'str', { value: { toString() { throw new RangeError('toString trap'); } } });
const ctx = vm.createContext(sandbox);
console.log('setter:', attempt(ctx, 'guarded = 5'));
console.log('toString trap:', attempt(ctx, "'' + str"));
console.log('then:', attempt(ctx, 'fine + 1'));

const thrower = (what) => () => { throw new Error(`${what} trap`); };
const traps = ['set', 'defineProperty', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor'];
for (const trap of traps) {
  const proxied = vm.createContext(new Proxy({ fine: 1 }, { [trap]: thrower(trap) }));
  const probes = ['x', 'x = 1', 'var y = 2', 'delete fine', 'Object.keys(globalThis).length',
    "Object.getOwnPropertyDescriptor(globalThis, 'fine') !== undefined"];
  const seen = probes.map((p) => attempt(proxied, p)).filter((r) => r.includes('trap'));
  console.log(`proxy ${trap} trap:`, seen.length > 0 ? 'thrown through' : 'not used', '| then', attempt(proxied, '1 + 1'));
}

console.log('the host goes on:', vm.runInNewContext('[1, 2, 3].join("-")'));
