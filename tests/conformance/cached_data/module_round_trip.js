// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// node-flags: --no-compilation-cache --verify-snapshot-checksum
// SourceTextModule#createCachedData() and the cachedData option: a module
// read from the data has the same requests (with import attributes),
// top-level await, import.meta, dynamic import(), exports, star exports
// and stack positions as the compiled one, under its own identifier, in
// any context. (Node's flags: see round_trip.js.)
const vm = require('node:vm');

const src = `import def, { b as bee } from 'dep' with { type: 'thing', extra: 'x' };
import * as ns from 'dep2';
export * from 'star1';
export { y as why } from 'dep2';
export const meta = import.meta.tag;
export function where() { return new Error('boom').stack.split('\\n')[1]; }
export const viaImport = await import('dynamic', { with: { type: 'json' } });
await null;
export let later = def + bee + ns.y;
export default class K { m() { return 'k'; } }`;
const offsets = { lineOffset: 3, columnOffset: 5 };

(async () => {
  const producer = new vm.SourceTextModule(src, { ...offsets, identifier: 'producer' });
  const data = producer.createCachedData();
  console.log('a Buffer', Buffer.isBuffer(data), 'longer than the source', data.length > src.length);
  console.log('the same every time', data.equals(producer.createCachedData()));

  const context = vm.createContext({});
  const dep = async (source, evaluate) => {
    const m = new vm.SourceTextModule(source, { context });
    if (evaluate) {
      await m.link(() => {});
      await m.evaluate();
    }
    return m;
  };
  const make = (identifier, cachedData) => new vm.SourceTextModule(src, {
    ...offsets, identifier, context, cachedData,
    initializeImportMeta(meta, m) { meta.tag = `meta of ${m.identifier}`; },
    importModuleDynamically: (specifier, referrer, attributes) => dep(
      `export const got = ${JSON.stringify(
        `${specifier} for ${referrer.identifier} ${JSON.stringify(attributes)}`)};`, true),
  });
  const run = async (m) => {
    console.log(m.identifier, m.status, m.hasTopLevelAwait(), Object.keys(m),
                'cachedDataRejected' in m);
    console.log(JSON.stringify(m.moduleRequests), m.dependencySpecifiers);
    console.log(Object.getPrototypeOf(m.moduleRequests[0].attributes));
    const deps = {
      dep: await dep('export default 1; export const b = 2;'),
      dep2: await dep('export const y = 3;'),
      star1: await dep('export const s1 = "s1";'),
    };
    const seen = [];
    await m.link((specifier, referrer, { attributes }) => {
      seen.push(`${specifier} ${JSON.stringify(attributes)}`);
      return deps[specifier];
    });
    console.log(seen);
    console.log(m.status, m.hasAsyncGraph());
    const done = m.evaluate();
    console.log(m.status);
    await done;
    const n = m.namespace;
    console.log(Object.keys(n));
    console.log(n.meta, '|', n.where(), '|', n.viaImport.got);
    console.log(n.later, n.why, n.s1, new n.default().m(), n.where.toString());
  };

  // Read from the data, under another identifier and in another context;
  // then compiled, for comparison.
  await run(make('consumer', data));
  await run(make('compiled'));

  // Every kind of view over the same bytes.
  const padded = new ArrayBuffer(data.length + 16);
  new Uint8Array(padded, 8, data.length).set(data);
  const views = {
    'Uint8Array at an offset': new Uint8Array(padded, 8, data.length),
    DataView: new DataView(padded, 8, data.length),
    'Uint8Array of another context': (() => {
      const u8 = vm.runInNewContext(`new Uint8Array(${data.length})`);
      u8.set(data);
      return u8;
    })(),
  };
  for (const [name, cachedData] of Object.entries(views)) {
    const m = new vm.SourceTextModule(src, { ...offsets, cachedData });
    console.log(name, m.status, m.dependencySpecifiers.length);
  }

  // Data made while linking and once linked is good too.
  const linking = make('linking');
  const linked = linking.link(async (specifier) => dep(
    { dep: 'export default 10; export const b = 20;', dep2: 'export const y = 30;' }[specifier] ??
    ''));
  console.log(linking.status, linking.createCachedData().length > 0);
  await linked;
  const linkedData = linking.createCachedData();
  console.log(linking.status, linkedData.length > 0);
  await run(make('from linked', linkedData));

  // Star exports: a name two modules export is ambiguous unless both
  // are the same binding (the exporting module m3 comes from data too).
  const m3Source = 'let p = 1, q = 2; export { p as x, q as y, p as z };';
  const m3Data = new vm.SourceTextModule(m3Source).createCachedData();
  const rootSource = 'export * from "a"; export * from "b";';
  const rootData = new vm.SourceTextModule(rootSource).createCachedData();
  for (const cachedData of [undefined, 'data']) {
    const use = (d) => (cachedData ? d : undefined);
    const root = new vm.SourceTextModule(rootSource, { cachedData: use(rootData) });
    const m3 = new vm.SourceTextModule(m3Source, { cachedData: use(m3Data) });
    const a = new vm.SourceTextModule('export { x as n, x as same } from "m3";');
    const b = new vm.SourceTextModule('export { y as n, z as same } from "m3";');
    const linker = (specifier) => ({ a, b, m3, root })[specifier];
    const importer = new vm.SourceTextModule(
      'import { same } from "root"; export { same }; export * as all from "root";');
    await importer.link(linker);
    await importer.evaluate();
    console.log(cachedData, 'same', importer.namespace.same, Object.keys(importer.namespace.all));
    const bad = new vm.SourceTextModule('import { n } from "root";');
    try {
      await bad.link(linker);
      console.log('linked');
    } catch (e) {
      console.log(e.name, e.message);
    }
  }

  // Positions of errors thrown by code read from data.
  const thrower = 'const x = 1;\n  throw new Error("line 2");';
  const throwerData = new vm.SourceTextModule(thrower, { lineOffset: 10, columnOffset: 3 })
    .createCachedData();
  const t = new vm.SourceTextModule(thrower, {
    identifier: 'thrower.mjs', lineOffset: 10, columnOffset: 3, cachedData: throwerData,
  });
  await t.link(() => {});
  try {
    await t.evaluate();
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 2));
    console.log(t.status, t.error === e);
  }
})();
