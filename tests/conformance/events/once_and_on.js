// events.once and events.on (async), with error rejection and validation.
const EventEmitter = require('events');
const { once, on } = EventEmitter;

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('ready', 'a', 2, { three: 3 }));
  console.log('once args', await once(ee, 'ready'));
  console.log('listeners left', ee.listenerCount('ready'), ee.listenerCount('error'));

  const failing = new EventEmitter();
  process.nextTick(() => failing.emit('error', new Error('bad')));
  try { await once(failing, 'ready'); } catch (e) { console.log('once rejected', e.message); }
  console.log('listeners left', failing.listenerCount('ready'), failing.listenerCount('error'));

  const errOnce = new EventEmitter();
  process.nextTick(() => errOnce.emit('error', new Error('wanted')));
  const [got] = await once(errOnce, 'error');
  console.log('once error event', got.message);

  for (const bad of [null, 'str', 5]) {
    try { await once(ee, 'x', bad); } catch (e) { console.log('bad options', e.code, e.message); }
  }
  try { await once(ee, 'x', { signal: 'nope' }); } catch (e) { console.log('bad signal', e.code, e.message); }

  const stream = new EventEmitter();
  process.nextTick(() => {
    stream.emit('data', 1);
    stream.emit('data', 2, 'two');
    process.nextTick(() => stream.emit('data', 3));
  });
  let count = 0;
  for await (const args of on(stream, 'data')) {
    console.log('on data', args);
    if (++count === 3) break;
  }
  console.log('after break', stream.listenerCount('data'), stream.listenerCount('error'));

  const erroring = new EventEmitter();
  process.nextTick(() => { erroring.emit('data', 'x'); erroring.emit('error', new Error('stream failed')); });
  try {
    for await (const args of on(erroring, 'data')) console.log('on before error', args);
  } catch (e) {
    console.log('on rejected', e.message, erroring.listenerCount('data'));
  }
  console.log(typeof once, typeof on, once.length, on.length);
})();
