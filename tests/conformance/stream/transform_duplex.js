// Transform (transform/flush, push from _transform, backpressure through
// the readable side), PassThrough, Duplex with allowHalfOpen true/false,
// Readable.from, async iteration and its early exit, and the order of
// 'finish', 'end', 'close' on a Duplex.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

async function upper() {
  const t = new Transform({
    transform(chunk, enc, cb) {
      log('  _transform', chunk.toString());
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      log('  _flush');
      this.push('!');
      cb(null, '?');
    },
  });
  for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('  event', ev));
  t.on('data', (d) => log('  data', d.toString()));
  t.write('ab');
  t.end('cd');
  await new Promise((res) => t.on('close', res));
}

async function transformBackpressure() {
  let n = 0;
  const t = new Transform({
    highWaterMark: 2,
    transform(chunk, enc, cb) {
      n++;
      cb(null, chunk);
    },
  });
  const rets = [];
  for (let i = 0; i < 6; i++) rets.push(t.write('xx'));
  await new Promise((res) => setTimeout(res, 5));
  log('  rets', rets, 'transformed', n, 'readable length', t.readableLength,
      'writable length', t.writableLength);
  t.resume();
  await new Promise((res) => setTimeout(res, 5));
  log('  transformed', n);
}

async function passThrough() {
  const p = new PassThrough();
  p.end('through');
  let s = '';
  for await (const c of p) s += c;
  log(' ', s, p instanceof Transform, p instanceof Duplex, p instanceof Writable, p instanceof Readable);
}

async function duplexHalfOpen(allowHalfOpen) {
  const d = new Duplex({
    allowHalfOpen,
    read() {},
    write(c, e, cb) { log('  _write', c.toString()); cb(); },
  });
  for (const ev of ['finish', 'end', 'close']) d.on(ev, () => log('  event', ev));
  d.resume();
  d.write('w');
  d.push('r');
  d.push(null);
  await new Promise((res) => setTimeout(res, 5));
  log('  writable', d.writable, 'writableEnded', d.writableEnded, 'destroyed', d.destroyed);
  if (allowHalfOpen) d.end();
  await new Promise((res) => setTimeout(res, 5));
  log('  destroyed', d.destroyed);
}

async function from() {
  const r = Readable.from(['a', 'b', 'c']);
  log('  objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  const got = [];
  for await (const c of r) got.push(c);
  log(' ', got);
  async function* gen() {
    try {
      yield 1;
      yield 2;
      yield 3;
    } finally {
      log('  generator finally');
    }
  }
  for await (const v of Readable.from(gen())) {
    log('  value', v);
    if (v === 2) break;
  }
  const s = Readable.from('whole string');
  for await (const c of s) log('  chunk', JSON.stringify(c));
  try {
    Readable.from(5);
  } catch (e) {
    log(' ', e.code, e.message);
  }
}

async function iterateError() {
  const r = new Readable({ read() {} });
  r.push('x');
  setTimeout(() => r.destroy(new Error('mid')), 1);
  try {
    for await (const c of r) log('  chunk', c.toString());
  } catch (e) {
    log('  caught', e.message, 'destroyed', r.destroyed);
  }
}

(async () => {
  for (const t of [upper, transformBackpressure, passThrough, () => duplexHalfOpen(true),
    () => duplexHalfOpen(false), from, iterateError]) {
    log(t.name || 'duplex');
    await t();
  }
})();
