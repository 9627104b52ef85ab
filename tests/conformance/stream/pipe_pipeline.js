// pipe with backpressure (the source pauses until 'drain'), unpipe,
// pipeline with a callback and from stream/promises (errors destroy every
// stream, generators as transforms), finished/eos with premature close,
// addAbortSignal, the legacy Stream base, the predicates and the default
// highWaterMark.
const stream = require('stream');
const { Readable, Writable, PassThrough, Transform, pipeline, finished } = stream;
const sp = require('stream/promises');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

function source(n, size) {
  let i = 0;
  return new Readable({
    read() {
      i++;
      this.push(i > n ? null : Buffer.alloc(size, 97 + (i % 26)));
    },
  });
}

async function backpressure() {
  const events = [];
  const r = source(8, 4);
  const w = new Writable({
    highWaterMark: 8,
    write(chunk, enc, cb) {
      events.push(`w${chunk.length}`);
      setTimeout(cb, 1);
    },
  });
  r.on('pause', () => events.push('pause'));
  r.on('resume', () => events.push('resume'));
  w.on('drain', () => events.push('drain'));
  w.on('pipe', (src) => events.push(`pipe ${src === r}`));
  w.on('unpipe', () => events.push('unpipe'));
  r.pipe(w);
  await new Promise((res) => w.on('finish', res));
  log(' ', events.join(' '));
}

async function unpipe() {
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  w.on('unpipe', (src) => log('  unpipe', src === r));
  r.pipe(w);
  r.push('a');
  await new Promise((res) => setTimeout(res, 2));
  r.unpipe(w);
  log('  flowing after unpipe', r.readableFlowing, 'pipes', r._readableState.pipes.length);
  r.push('b');
  await new Promise((res) => setTimeout(res, 2));
  log('  dest got', w.read().toString(), 'source length', r.readableLength);
}

async function pipelineCallback() {
  const chunks = [];
  const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const sink = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
  await new Promise((res) => {
    const ret = pipeline(Readable.from(['x', 'y']), up, sink, (err) => {
      log('  done', show(err), chunks, 'sink finished', sink.writableFinished);
      res();
    });
    log('  returns last', ret === sink);
  });
}

async function pipelineError() {
  const r = new Readable({ read() {} });
  const t = new PassThrough();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const [name, s] of [['r', r], ['t', t], ['w', w]]) s.on('close', () => log('  close', name));
  await new Promise((res) => {
    pipeline(r, t, w, (err) => {
      log('  callback', show(err));
      log('  destroyed', r.destroyed, t.destroyed, w.destroyed);
      res();
    });
    r.push('a');
    setTimeout(() => t.destroy(new Error('transform broke')), 2);
  });
  await new Promise((res) => setTimeout(res, 2));
}

async function promisesPipeline() {
  const out = [];
  await sp.pipeline(
    Readable.from([1, 2, 3]),
    async function* double(src) {
      for await (const v of src) yield v * 2;
    },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  log(' ', out);
  try {
    await sp.pipeline(Readable.from(['a']), async function* (src) {
      for await (const v of src) throw new Error(`bad ${v}`);
    }, new PassThrough());
  } catch (e) {
    log('  rejected', e.message);
  }
  const value = await sp.pipeline(Readable.from(['p', 'q']), async (src) => {
    let s = '';
    for await (const v of src) s += v;
    return s;
  });
  log('  value', value);
}

async function finishedEos() {
  const r = new Readable({ read() {} });
  finished(r, (err) => log('  finished readable', show(err)));
  r.push('x');
  r.push(null);
  r.resume();
  await new Promise((res) => setTimeout(res, 2));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('  finished writable', show(err)));
  w.write('x');
  w.destroy();
  await new Promise((res) => setTimeout(res, 2));
  const p = new PassThrough();
  const done = sp.finished(p);
  p.end('y');
  p.resume();
  await done;
  log('  promise finished');
}

async function abortSignal() {
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => log('  error', e.name, e.code, e.message));
  r.on('close', () => log('  close'));
  ac.abort();
  await new Promise((res) => setTimeout(res, 2));
  try {
    stream.addAbortSignal('x', r);
  } catch (e) {
    log(' ', show(e));
  }
}

async function legacy() {
  const s = new stream.Stream();
  log('  legacy', s instanceof require('events'), typeof s.pipe, stream.Stream === stream,
      stream.Readable.prototype instanceof stream.Stream);
  const w = new PassThrough();
  s.pipe(w);
  s.emit('data', 'old');
  s.emit('end');
  log('  got', w.read().toString(), 'ended', w.writableEnded);
}

async function predicates() {
  const r = new Readable({ read() {} });
  log('  fresh', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r));
  r.push('a');
  r.read();
  log('  after read', stream.isDisturbed(r));
  r.on('error', () => {});
  r.destroy(new Error('x'));
  await new Promise((res) => setTimeout(res, 1));
  log('  destroyed', stream.isReadable(r), stream.isErrored(r));
  log('  hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  log('  keys', Object.keys(stream).filter((k) => !k.startsWith('_') &&
    !['duplexPair', 'compose'].includes(k)).join());
}

(async () => {
  for (const t of [backpressure, unpipe, pipelineCallback, pipelineError, promisesPipeline,
    finishedEos, abortSignal, legacy, predicates]) {
    log(t.name);
    await t();
  }
})();
