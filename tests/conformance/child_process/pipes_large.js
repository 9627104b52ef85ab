// Megabytes through the pipes: a write larger than the pipe waits for the
// child to read it (the callback comes when all is written), every byte
// comes back; spawnSync's maxBuffer stops the child (ENOBUFS); writing to
// the stdin of a child that is gone.
const { spawn, spawnSync, execSync } = require('child_process');

const big = Buffer.alloc(3 * 1024 * 1024);
for (let i = 0; i < big.length; i++) big[i] = i % 251;
const cat = spawn('cat');
const chunks = [];
cat.stdout.on('data', (d) => chunks.push(d));
console.log('write returned', cat.stdin.write(big, (err) => console.log('write callback', err)));
cat.stdin.on('drain', () => console.log('drain (not after end)'));
cat.stdin.end();
cat.on('close', (code) => {
  const back = Buffer.concat(chunks);
  console.log('cat', code, back.length, back.equals(big), chunks.length > 1);

  const sync = spawnSync('head', ['-c', '5000000', '/dev/zero'], { maxBuffer: Infinity });
  console.log('spawnSync', sync.status, sync.stdout.length);
  try {
    execSync('head -c 5000000 /dev/zero');
  } catch (e) {
    console.log(e.code, e.errno, e.message, e.status, e.signal);
    console.log(e.stdout.length > 1024 * 1024, e.stdout.length < 5000000);
  }
  const r = spawnSync('head', ['-c', '100', '/dev/zero'], { maxBuffer: 10 });
  console.log(r.error.code);

  const gone = spawn('true');
  gone.on('exit', () => {
    gone.stdin.on('error', (e) => console.log('stdin error (never)', e.code));
    gone.stdin.write('x', (err) => console.log('late write', err.code, err.message));
  });
});
