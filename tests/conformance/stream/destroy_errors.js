// destroy() with and without an error, autoDestroy, emitClose, and the
// ERR_* codes of misuse: push after EOF, write after end, write after
// destroy, invalid chunks, null values, multiple callbacks, unshift after end.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);
const show = (e) => (e ? `${e.name} ${e.code} ${e.message}` : String(e));

async function destroyReadable() {
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('  error', show(e)));
  r.on('close', () => log('  close', r.destroyed, r.errored && r.errored.message));
  r.on('end', () => log('  end (not expected)'));
  r.destroy(new Error('boom'), (e) => log('  destroy cb', show(e)));
  log('  destroyed', r.destroyed, 'readable', r.readable, 'aborted', r.readableAborted);
  r.destroy(new Error('again'));
  await new Promise((res) => r.on('close', res));
}

async function customDestroy() {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) {
      log('  _destroy', show(err));
      setTimeout(() => cb(err), 1);
    },
  });
  w.on('close', () => log('  close'));
  w.destroy();
  log('  destroyed', w.destroyed, 'closed', w.closed);
  await new Promise((res) => w.on('close', res));
  log('  closed', w.closed);
}

async function noAutoDestroy() {
  const r = new Readable({ autoDestroy: false, read() { this.push(null); } });
  r.on('end', () => log('  end'));
  r.on('close', () => log('  close (not expected)'));
  r.resume();
  await new Promise((res) => setTimeout(res, 5));
  log('  destroyed', r.destroyed);
}

async function pushAfterEof() {
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('  error', show(e)));
  r.on('close', () => log('  close'));
  r.push(null);
  log('  push ret', r.push('x'));
  await new Promise((res) => r.on('close', res));
}

async function writeAfterEnd() {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('  error', show(e)));
  w.on('close', () => log('  close'));
  w.end();
  log('  write ret', w.write('x', (e) => log('  write cb', show(e))));
  await new Promise((res) => w.on('close', res));
}

async function writeAfterDestroy() {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('  error', show(e)));
  w.destroy();
  w.write('x', (e) => log('  write cb', show(e)));
  w.end((e) => log('  end cb', show(e)));
  await new Promise((res) => setTimeout(res, 5));
}

async function pendingWritesOnDestroy() {
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 2); } });
  w.on('error', (e) => log('  error', show(e)));
  w.on('close', () => log('  close'));
  w.write('a', (e) => log('  cb a', show(e)));
  w.write('b', (e) => log('  cb b', show(e)));
  w.destroy(new Error('stop'));
  await new Promise((res) => setTimeout(res, 10));
}

async function invalidChunks() {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const v of [1, {}, null]) {
    try { w.write(v); } catch (e) { log('  write', show(e)); }
  }
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('  push error', show(e)));
  r.push(5);
  await new Promise((res) => r.on('close', res));
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => log('  unshift error', show(e)));
  r2.push(null);
  r2.resume();
  await new Promise((res) => r2.on('end', res));
  r2.unshift('late');
  await new Promise((res) => setTimeout(res, 2));
}

async function multipleCallback() {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => log('  error', show(e)));
  w.write('x');
  await new Promise((res) => setTimeout(res, 5));
}

async function notImplemented() {
  const r = new Readable();
  r.on('error', (e) => log('  error', show(e)));
  r.read();
  const w = new Writable();
  w.on('error', (e) => log('  error', show(e)));
  try { w.write('x'); } catch (e) { log('  threw', show(e)); }
  await new Promise((res) => setTimeout(res, 5));
}

async function writeError() {
  const w = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
  w.on('error', (e) => log('  error', show(e), 'errored', w.errored === e));
  w.on('close', () => log('  close'));
  w.write('a', (e) => log('  cb', show(e)));
  log('  writable', w.writable);
  await new Promise((res) => w.on('close', res));
}

(async () => {
  for (const t of [destroyReadable, customDestroy, noAutoDestroy, pushAfterEof, writeAfterEnd,
    writeAfterDestroy, pendingWritesOnDestroy, invalidChunks, multipleCallback, notImplemented,
    writeError]) {
    log(t.name);
    await t();
  }
})();
