// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// Every ERR_* of vm modules: code, name and message.
const vm = require('node:vm');

function show(label, e) {
  console.log(`${label}: ${e.name} ${e.code} ${e.message}`);
}
function sync(label, f) {
  try { f(); console.log(`${label}: no error`); } catch (e) { show(label, e); }
}
async function async_(label, f) {
  try { await f(); console.log(`${label}: no error`); } catch (e) { show(label, e); }
}

(async () => {
  sync('new Module', () => new vm.Module());
  sync('sourceText', () => new vm.SourceTextModule(1));
  sync('options', () => new vm.SourceTextModule('', null));
  sync('context', () => new vm.SourceTextModule('', { context: {} }));
  sync('identifier', () => new vm.SourceTextModule('', { identifier: 1 }));
  sync('lineOffset', () => new vm.SourceTextModule('', { lineOffset: 1.5 }));
  sync('initializeImportMeta', () => new vm.SourceTextModule('', { initializeImportMeta: 1 }));
  sync('importModuleDynamically', () => new vm.SourceTextModule('', { importModuleDynamically: 1 }));
  sync('cachedData type', () => new vm.SourceTextModule('', { cachedData: 'x' }));
  sync('cachedData rejected', () => new vm.SourceTextModule('1', { cachedData: Buffer.from('xx') }));
  sync('exportNames', () => new vm.SyntheticModule('a', () => {}));
  sync('exportNames duplicated', () => new vm.SyntheticModule(['a', 'a'], () => {}));
  sync('evaluateCallback', () => new vm.SyntheticModule([], 1));
  sync('invalid this (Module)',
       () => Object.getOwnPropertyDescriptor(vm.Module.prototype, 'status').get.call({}));
  sync('invalid this (SourceTextModule)',
       () => vm.SourceTextModule.prototype.hasTopLevelAwait.call({}));
  sync('setExport name', () => new vm.SyntheticModule([], () => {}).setExport(1));
  sync('setExport unknown', () => new vm.SyntheticModule([], () => {}).setExport('y', 1));

  const m = new vm.SourceTextModule('import "a"; export let x = 1;');
  sync('error before errored', () => m.error);
  sync('namespace before link', () => m.namespace);
  sync('hasAsyncGraph before link', () => m.hasAsyncGraph());
  sync('instantiate unlinked requests', () => m.instantiate());
  sync('linkRequests mismatch', () => m.linkRequests([]));
  sync('linkRequests not module', () => m.linkRequests([1]));
  await async_('evaluate before link', () => m.evaluate());
  await async_('evaluate options', () => m.evaluate(null));
  await async_('evaluate timeout', () => m.evaluate({ timeout: 0 }));
  await async_('evaluate breakOnSigint', () => m.evaluate({ breakOnSigint: 1 }));
  await async_('linker not a function', () => m.link(1));
  await async_('linker returns a non-module', () => new vm.SourceTextModule('import "a"').link(() => ({})));
  await async_('different context', () => new vm.SourceTextModule('import "a"')
    .link(() => new vm.SourceTextModule('', { context: vm.createContext() })));
  const errored = new vm.SourceTextModule('throw 1');
  await errored.link(() => {});
  await errored.evaluate().catch(() => {});
  await async_('errored module returned', () => new vm.SourceTextModule('import "a"').link(() => errored));
  const linked = new vm.SourceTextModule('');
  await linked.link(() => {});
  await async_('already linked', () => linked.link(() => {}));
  sync('linkRequests when linked', () => linked.linkRequests([]));
  sync('instantiate when linked', () => linked.instantiate());
  await linked.evaluate();
  await async_('link when evaluated', () => linked.link(() => {}));
  sync('createCachedData when evaluated', () => linked.createCachedData());
  const missing = new vm.SourceTextModule('import { nope } from "a"');
  await async_('missing export', () => missing.link(() => new vm.SourceTextModule('')));
  console.log('after missing export:', missing.status);
})();
