// AbortSignal cancels timers/promises with an AbortError.
const tp = require('timers/promises');
const show = (label) => (e) => console.log(label, e.name, e.code, e.message, e.cause?.name ?? e.cause);
(async () => {
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'x', { signal: ac.signal });
  ac.abort();
  await p.catch(show('timeout'));
  await tp.setTimeout(1, 'x', { signal: AbortSignal.abort('why') }).catch(show('pre-aborted'));
  await tp.setImmediate('x', { signal: AbortSignal.abort() }).catch(show('immediate'));
  const ac2 = new AbortController();
  const it = tp.setInterval(1, 'v', { signal: ac2.signal });
  console.log(await it.next());
  ac2.abort(new Error('stop'));
  await it.next().catch(show('interval'));
  for (const bad of [null, 1, { signal: 1 }, { ref: 'no' }]) {
    await tp.setTimeout(1, 'x', bad).catch((e) => console.log(e.code, e.message));
  }
})();
