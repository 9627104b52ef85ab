// Readable: paused mode ('readable' + read()), flowing mode ('data'),
// pause/resume, setEncoding across split characters, unshift, and the
// order of 'readable', 'data', 'end' and 'close' against nextTick.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

async function flowing() {
  const chunks = ['a', 'b', 'c'];
  const r = new Readable({
    read() {
      log('  _read');
      this.push(chunks.length ? chunks.shift() : null);
    },
  });
  r.on('data', (d) => log('  data', d.toString()));
  r.on('end', () => log('  end'));
  r.on('close', () => log('  close'));
  r.on('pause', () => log('  pause'));
  r.on('resume', () => log('  resume'));
  process.nextTick(() => log('  tick'));
  log('  flowing:', r.readableFlowing);
  await new Promise((res) => r.on('close', res));
}

async function paused() {
  const r = new Readable({ read() {} });
  r.push('hello ');
  r.push('world');
  r.push(null);
  r.on('readable', () => {
    log('  readable, length', r.readableLength);
    let chunk;
    while ((chunk = r.read(4)) !== null) log('  read', JSON.stringify(chunk.toString()));
  });
  r.on('end', () => log('  end'));
  await new Promise((res) => r.on('close', res));
  log('  ended', r.readableEnded, 'destroyed', r.destroyed);
}

async function pauseResume() {
  const r = new Readable({ read() {} });
  r.on('data', (d) => {
    log('  data', d.toString());
    if (d.toString() === '1') {
      r.pause();
      log('  isPaused', r.isPaused());
      setTimeout(() => r.resume(), 5);
    }
  });
  r.push('1');
  r.push('2');
  r.push('3');
  r.push(null);
  await new Promise((res) => r.on('end', res));
}

async function encoding() {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const euro = Buffer.from('€uro');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1, 2));
  r.push(euro.subarray(2));
  r.push(null);
  const out = [];
  r.on('data', (d) => out.push(typeof d, d));
  await new Promise((res) => r.on('end', res));
  log(' ', out, r.readableEncoding);
}

async function unshift() {
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  r.push(null);
  let s = '';
  for await (const c of r) s += c;
  log(' ', JSON.stringify(s));
}

async function objectMode() {
  const r = new Readable({ objectMode: true, read() {} });
  log('  hwm', r.readableHighWaterMark, r.readableObjectMode);
  log('  push', r.push({ a: 1 }), r.push(0), r.push(''), r.push(false));
  for (let i = 0; i < 14; i++) r.push(i);
  log('  push past hwm', r.push('x'), r.readableLength);
  r.push(null);
  const got = [];
  for await (const c of r) got.push(c);
  log('  got', got.length, got.slice(0, 4));
}

async function highWaterMark() {
  let reads = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      reads++;
      if (reads > 5) this.push(null);
      else log('  push ret', this.push('xy'), 'length', this.readableLength);
    },
  });
  await new Promise((res) => setTimeout(res, 10));
  log('  reads before consuming', reads, 'length', r.readableLength);
  r.resume();
  await new Promise((res) => r.on('end', res));
  log('  reads', reads);
}

(async () => {
  for (const t of [flowing, paused, pauseResume, encoding, unshift, objectMode, highWaterMark]) {
    log(t.name);
    await t();
  }
})();
