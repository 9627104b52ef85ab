// Writable: write callbacks, write() returning false at highWaterMark and
// 'drain', end() with 'prefinish'/'finish'/'close' and its callback, _final,
// cork/uncork batching into _writev, decodeStrings, objectMode, and the
// order of all of these against nextTick and microtasks.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

async function basic() {
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) {
      log('  _write', chunk.toString(), enc);
      setTimeout(cb, 1);
    },
  });
  for (const ev of ['drain', 'prefinish', 'finish', 'close']) w.on(ev, () => log('  event', ev));
  log('  write ret', w.write('abc', () => log('  cb abc')));
  log('  write ret', w.write('defg', () => log('  cb defg')), 'length', w.writableLength,
      'needDrain', w.writableNeedDrain);
  await new Promise((res) => w.once('drain', res));
  w.end('z', () => log('  end cb'));
  log('  ended', w.writableEnded, 'finished', w.writableFinished);
  await new Promise((res) => w.on('close', res));
  log('  finished', w.writableFinished, 'destroyed', w.destroyed);
}

async function syncCallbacks() {
  const w = new Writable({
    write(chunk, enc, cb) {
      log('  _write', chunk.toString());
      cb();
    },
    final(cb) {
      log('  _final');
      process.nextTick(cb);
    },
  });
  w.on('finish', () => log('  finish'));
  w.on('close', () => log('  close'));
  w.write('a', () => log('  cb a'));
  w.write('b', () => log('  cb b'));
  process.nextTick(() => log('  tick'));
  Promise.resolve().then(() => log('  microtask'));
  w.end(() => log('  end cb'));
  log('  sync done');
  await new Promise((res) => w.on('close', res));
}

async function corkWritev() {
  const w = new Writable({
    writev(chunks, cb) {
      log('  _writev', chunks.map((c) => c.chunk.toString()), chunks.map((c) => c.encoding));
      cb();
    },
    write(chunk, enc, cb) {
      log('  _write', chunk.toString());
      cb();
    },
  });
  w.cork();
  w.write('1');
  w.write('2');
  w.write('3', () => log('  cb 3'));
  log('  corked', w.writableCorked, 'length', w.writableLength);
  process.nextTick(() => w.uncork());
  await new Promise((res) => setTimeout(res, 5));
  w.end();
  await new Promise((res) => w.on('finish', res));
}

async function decodeStrings() {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      log('  _write', typeof chunk, JSON.stringify(chunk), enc);
      cb();
    },
  });
  w.write('hi', 'latin1');
  w.write(Buffer.from('buf'));
  w.write(new Uint8Array([65, 66]));
  w.end();
  await new Promise((res) => w.on('finish', res));
}

async function objectMode() {
  const seen = [];
  const w = new Writable({
    objectMode: true,
    write(chunk, enc, cb) {
      seen.push(chunk);
      cb();
    },
  });
  log('  hwm', w.writableHighWaterMark, w.writableObjectMode);
  w.write({ a: 1 });
  w.write(42);
  w.write('s');
  w.end([1, 2]);
  await new Promise((res) => w.on('finish', res));
  log(' ', seen);
}

async function finishBeforeClose() {
  const w = new Writable({ write(c, e, cb) { cb(); }, emitClose: false });
  w.on('finish', () => log('  finish'));
  w.on('close', () => log('  close (not expected)'));
  w.end('x');
  await new Promise((res) => setTimeout(res, 5));
  log('  destroyed', w.destroyed, 'closed', w.closed);
}

(async () => {
  for (const t of [basic, syncCallbacks, corkWritev, decodeStrings, objectMode, finishBeforeClose]) {
    log(t.name);
    await t();
  }
})();
