// --abort-on-uncaught-exception: an uncaught exception is reported as V8
// reports it (`Uncaught ...`, then FROM and the frames) and the process
// ends by a signal, without an `exit` event; an unhandled rejection is
// printed as usual, then the process aborts (SIGABRT). With an
// uncaughtException listener too (only a capture callback or an
// unhandledRejection listener keeps the process alive).
const { spawnSync } = require('child_process');
const path = require('path');

for (const [file, lines] of [['throws.js', 4], ['throws_primitive.js', 3], ['rejects.js', 5],
  ['caught.js', 4]]) {
  const r = spawnSync(process.execPath,
                      ['--abort-on-uncaught-exception', path.join(__dirname, 'fixtures', file)],
                      { encoding: 'utf8' });
  console.log(file, r.status, r.signal, JSON.stringify(r.stdout));
  console.log(r.stderr.split('\n').slice(0, lines)
    .map((l) => l.replace(__dirname, '<dir>')).join('\n'));
}
const r = spawnSync(process.execPath, ['--abort_on_uncaught_exception', '-e', 'throw 1'],
                    { encoding: 'utf8' });
console.log(r.status, r.signal, r.stderr.split('\n')[0]);
const captured = spawnSync(process.execPath, ['--abort-on-uncaught-exception', '-e',
  'process.setUncaughtExceptionCaptureCallback((e) => console.log("captured", e.message));' +
  'process.on("exit", () => console.log("exit event")); throw new Error("x")'],
{ encoding: 'utf8' });
console.log(captured.status, captured.signal, JSON.stringify(captured.stdout), captured.stderr);
const listened = spawnSync(process.execPath, ['--abort-on-uncaught-exception', '-e',
  'process.on("unhandledRejection", (e) => console.log("unhandledRejection", e.message));' +
  'Promise.reject(new Error("r"))'],
{ encoding: 'utf8' });
console.log(listened.status, listened.signal, JSON.stringify(listened.stdout), listened.stderr);
