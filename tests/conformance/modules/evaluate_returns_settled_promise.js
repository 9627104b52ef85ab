// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// module.evaluate() returns the module's own evaluation promise: already
// settled when the graph ran synchronously (fulfilled, or rejected with the
// error), the same promise on every later call, made in the module's
// context; bad arguments and a wrong status reject a promise of the caller.
const vm = require('node:vm');
const { inspect } = require('node:util');

const show = (label, p) => console.log(label, inspect(p).split('\n')[0],
  p instanceof Promise ? 'main-realm' : 'other-realm');

(async () => {
  const sync = new vm.SourceTextModule('export const a = 1;');
  await sync.link(() => {});
  const p1 = sync.evaluate();
  show('sync', p1);
  const p1again = sync.evaluate();
  show('sync again', p1again);
  console.log('await gives', await p1);

  const thrower = new vm.SourceTextModule('throw new TypeError("boom")');
  await thrower.link(() => {});
  const r1 = thrower.evaluate();
  const r2 = thrower.evaluate();
  show('throws', r1);
  console.log('same promise', r1 === r2);
  console.log('reason', await r1.catch((e) => `${e.name}: ${e.message}`));

  const tla = new vm.SourceTextModule('await 1; export const z = 2;');
  await tla.link(() => {});
  const t = tla.evaluate();
  show('top-level await', t);
  await t;
  show('after await', t);

  const synthetic = new vm.SyntheticModule(['x'], function() { this.setExport('x', 3); });
  const s = synthetic.evaluate();
  show('synthetic', s);
  console.log('export', synthetic.namespace.x);

  const context = vm.createContext({});
  const other = new vm.SourceTextModule('export default 4;', { context });
  await other.link(() => {});
  show('other context', other.evaluate());

  const unlinked = new vm.SourceTextModule('');
  for (const [label, call] of [
    ['null options', () => sync.evaluate(null)],
    ['bad timeout', () => sync.evaluate({ timeout: -1 })],
    ['bad breakOnSigint', () => sync.evaluate({ breakOnSigint: 1 })],
    ['unlinked', () => unlinked.evaluate()],
  ]) {
    const p = call();
    show(label, p);
    await p.catch((e) => console.log('  ', e.code));
  }
})();
