// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// module.status through link and evaluate: unlinked, linking, linked,
// evaluating, evaluated, errored; top-level await reads `evaluated`.
const vm = require('node:vm');

(async () => {
  const seen = [];
  const context = vm.createContext({ report: (s) => seen.push(s) });
  let root;
  const dep = new vm.SourceTextModule('report(getStatus()); export const v = 1;', { context });
  context.getStatus = () => root.status;
  root = new vm.SourceTextModule('import { v } from "dep"; report(getStatus());', { context });
  console.log('new:', root.status, dep.status);
  const linking = root.link(async (specifier) => {
    console.log('in linker:', root.status, specifier);
    return dep;
  });
  console.log('after link():', root.status);
  await linking;
  console.log('linked:', root.status, dep.status);
  const evaluating = root.evaluate();
  console.log('inside module code:', seen.join(', '));
  console.log('after evaluate():', root.status, dep.status);
  await evaluating;
  console.log('evaluated:', root.status);

  const tla = new vm.SourceTextModule('await new Promise((r) => setTimeout(r, 5));', {
    context: vm.createContext({ setTimeout }),
  });
  await tla.link(() => {});
  const p = tla.evaluate();
  console.log('awaiting:', tla.status);
  await p;
  console.log('awaited:', tla.status);

  const bad = new vm.SourceTextModule('throw new TypeError("nope")');
  await bad.link(() => {});
  const e = await bad.evaluate().catch((err) => err);
  console.log('errored:', bad.status, bad.error === e, e.name);

  const failing = new vm.SourceTextModule('import "x"');
  await failing.link(async () => { throw new Error('no linker result'); }).catch((err) => {
    console.log('linker rejected:', failing.status, failing.error === err);
  });
  const throwing = new vm.SourceTextModule('import "x"');
  await throwing.link(() => { throw new Error('thrown by the linker'); }).catch((err) => {
    console.log('linker threw:', err.message, throwing.status);
  });

  const syn = new vm.SyntheticModule(['a'], () => {});
  console.log('synthetic:', syn.status);
  await syn.evaluate();
  console.log('synthetic evaluated:', syn.status);
})();
