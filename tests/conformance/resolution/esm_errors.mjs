// Errors of ES module graphs as Node words them: a named import a
// CommonJS module does not have (with the default import Node proposes),
// one an ES module does not have, a require() cycle through an ES module,
// require() of a graph with top-level await, `require` in an ES module of
// a "type": "module" package.
const dir = import.meta.dirname;
for (const f of ['named_multiline.mjs', 'named_one_line.mjs', 'named_esm.mjs', 'cycle.mjs',
  'requires_tla.cjs', 'uses_require.js']) {
  try {
    await import(`./fixtures/interop/${f}`);
    console.log(f, 'loaded');
  } catch (e) {
    console.log(f, e.name, e.code, e.message.replaceAll(dir, '<dir>'));
  }
}
