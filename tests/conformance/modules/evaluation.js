// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// Evaluation: cycles, async graphs in order, errors keep their identity,
// re-evaluation, timeouts, import.meta.
const vm = require('node:vm');

(async () => {
  const log = [];
  const context = vm.createContext({ log: (s) => log.push(s), setTimeout });
  const sources = {
    a: 'import { b } from "b"; log("a sees b=" + b()); export function a() { return "A"; }',
    b: 'import { a } from "a"; log("b runs"); export function b() { return a(); }',
  };
  const modules = {};
  const make = (name) => (modules[name] ??= new vm.SourceTextModule(sources[name],
    { context, identifier: name }));
  const linker = (specifier) => make(specifier);
  await make('a').link(linker);
  await modules.a.evaluate();
  console.log('cycle:', log.join('; '), modules.b.status);

  log.length = 0;
  const slow = new vm.SourceTextModule(
    'log("slow starts"); await new Promise((r) => setTimeout(r, 10)); log("slow ends");',
    { context });
  const fast = new vm.SourceTextModule('log("fast");', { context });
  const top = new vm.SourceTextModule('import "slow"; import "fast"; log("top");', { context });
  await top.link((s) => (s === 'slow' ? slow : fast));
  console.log('async graph:', top.hasTopLevelAwait(), top.hasAsyncGraph(), slow.hasTopLevelAwait());
  await top.evaluate();
  console.log('order:', log.join('; '));

  const thrower = new vm.SourceTextModule('export const x = 1; throw new RangeError("first");');
  await thrower.link(() => {});
  const e1 = await thrower.evaluate().catch((e) => e);
  const e2 = await thrower.evaluate().catch((e) => e);
  console.log('same error:', e1 === e2, e1 === thrower.error, e1 instanceof RangeError);
  const importer = new vm.SourceTextModule('import "thrower";');
  await importer.link(() => thrower).catch((e) => console.log('link:', e.code, e.cause === e1));

  const once = new vm.SourceTextModule('globalThis.runs = (globalThis.runs || 0) + 1;');
  await once.link(() => {});
  await once.evaluate();
  await once.evaluate();
  console.log('evaluated once:', globalThis.runs);

  const loop = new vm.SourceTextModule('while (true) {}');
  await loop.link(() => {});
  const stop = await loop.evaluate({ timeout: 20 }).catch((e) => e);
  console.log('timeout:', stop.code, stop.message, loop.status, loop.error);

  const meta = new vm.SourceTextModule('export const m = import.meta; export const again = import.meta;', {
    identifier: 'file:///meta.mjs',
    initializeImportMeta(m, module) {
      console.log('initializeImportMeta:', Object.getPrototypeOf(m), module === meta);
      m.url = module.identifier;
    },
  });
  await meta.link(() => {});
  await meta.evaluate();
  console.log('import.meta:', meta.namespace.m, meta.namespace.m === meta.namespace.again);

  const ns = new vm.SourceTextModule('export let later = 1; export default function f() {}');
  await ns.link(() => {});
  console.log('namespace before evaluate:', typeof ns.namespace, ns.status);
  console.log(ns);
  console.log(new vm.SourceTextModule('', { identifier: 'x', context: vm.createContext({ a: 1 }) }));
})();
