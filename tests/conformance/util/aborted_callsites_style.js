// util.aborted, util.getCallSites and util.styleText's stream rules (the
// runner's stdout is a pipe and NO_COLOR is set).
const util = require('util');
(async () => {
  const ac = new AbortController();
  const p = util.aborted(ac.signal, {});
  console.log(p instanceof Promise);
  setTimeout(() => ac.abort(), 1);
  console.log('aborted resolved', (await p)?.type);
  const show = (label, pr) => pr.then((v) => console.log(label, 'ok', v),
    (e) => console.log(label, e.name, e.code, e.message));
  await show('obj', util.aborted({}, {}));
  await show('null', util.aborted(new AbortController().signal, null));
  await show('num', util.aborted(new AbortController().signal, 1));
  await show('fn', util.aborted(AbortSignal.abort(), () => {}));
  await show('arr', util.aborted(AbortSignal.abort(), []));
})();

function outer() { return inner(); }
function inner() { return util.getCallSites(); }
const sites = outer();
const pick = (s) => [s.functionName, s.scriptName.replace(__dirname, '<dir>'), s.lineNumber,
  s.columnNumber, s.column, typeof s.scriptId, Object.getPrototypeOf(s)];
console.log(sites.slice(0, 3).map(pick));
console.log(util.getCallSites(1).map(pick), util.getCallSites({ sourceMap: false })[0].lineNumber,
  util.getCallSites(2, { sourceMap: true }).length, sites[0].scriptId === sites[1].scriptId);
for (const bad of [0, 201, 'x', 1.5]) {
  try { util.getCallSites(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { util.getCallSites(1, { sourceMap: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }

const s = (...args) => JSON.stringify(util.styleText(...args));
const fakeTTY = { isTTY: true, write() {}, on() {} };
console.log(s('red', 'x'), s(['bold', 'underline'], 'x', { validateStream: false }), s('none', 'n'),
  s(['none', 'red'], 'x', { validateStream: false }));
console.log(s('red', 'x', { stream: fakeTTY }),
  s('red', 'x', { stream: { ...fakeTTY, getColorDepth: () => 1 } }),
  s('red', 'x', { stream: { ...fakeTTY, getColorDepth: () => 8 } }),
  s('red', 'x', { stream: { ...fakeTTY, isTTY: false } }),
  s('red', 'x', { stream: process.stderr }));
for (const [f, t, o] of [['nope', 'x'], [['red', 'nope'], 'x'], ['red', 5], ['red', 'x', { stream: {} }],
  ['red', 'x', { stream: null }], ['red', 'x', { validateStream: 1 }], ['nope', 'x', { stream: 5 }]]) {
  try { s(f, t, o); } catch (e) { console.log(e.name, e.code, e.message.slice(0, 120)); }
}
