// spawnSync: status, signal, outputs, encoding, input, stdio, cwd, env,
// shell, argv0, and the result of a command that does not exist.
const { spawnSync } = require('child_process');

// Warnings (DEP0190 below) are printed with console.error: shown here
// with the pid taken out.
const log = console.log;
console.error = (msg) => log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));

const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(Object.keys(r));
console.log(r.status, r.signal, r.stdout, r.stderr, r.output.length, r.output[0]);
console.log(typeof r.pid, r.pid > 0);

const s = spawnSync('sh', ['-c', 'echo partial; kill -TERM $$'], { encoding: 'utf8' });
console.log(s.status, s.signal, JSON.stringify(s.stdout), s.output);

const k = spawnSync('sh', ['-c', 'kill -KILL $$']);
console.log(k.status, k.signal);

console.log(JSON.stringify(spawnSync('cat', { input: 'from input' }).stdout.toString()));
console.log(spawnSync('cat', { input: Buffer.from('bytes'), encoding: 'latin1' }).stdout);
console.log(spawnSync('cat', { input: new Uint8Array([0x68, 0x69]) }).stdout);
console.log(JSON.stringify(spawnSync('cat', { encoding: 'utf8' }).stdout));

const ignored = spawnSync('sh', ['-c', 'echo x; echo y >&2'], { stdio: ['pipe', 'ignore', 'pipe'] });
console.log(ignored.output, ignored.stdout);
const inherited = spawnSync('sh', ['-c', 'echo inherited stdout'], { stdio: 'inherit' });
console.log(inherited.output, inherited.status);

console.log(spawnSync('pwd', { cwd: '/', encoding: 'utf8' }).stdout);
const env = spawnSync('/bin/sh', ['-c', 'echo "$FOO|$BAR|$HOME_IS_SET"'],
                      { env: { FOO: 'foo', BAR: 42 }, encoding: 'utf8' });
console.log(env.stdout.trim());
process.env.ADDED_BY_PROGRAM = 'seen';
console.log(spawnSync('sh', ['-c', 'echo $ADDED_BY_PROGRAM'], { encoding: 'utf8' }).stdout.trim());
console.log(spawnSync('echo $((1 + 2)) "$0"', { shell: true, encoding: 'utf8' }).stdout.trim());
console.log(spawnSync('echo', ['a', 'b'], { shell: '/bin/sh', encoding: 'utf8' }).stdout.trim());
console.log(spawnSync('echo', ['once'], { shell: true, encoding: 'utf8' }).stdout.trim());
console.log(spawnSync('sh', ['-c', 'echo $0'], { argv0: 'renamed', encoding: 'utf8' }).stdout.trim());

const missing = spawnSync('no-such-command-jsvm', ['a', 'b']);
console.log(Object.keys(missing));
console.log(missing.status, missing.signal, missing.output, missing.pid, missing.stdout, missing.stderr);
const e = missing.error;
console.log(e instanceof Error, e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs);
console.log(Object.keys(e));

const badCwd = spawnSync('pwd', { cwd: '/no/such/dir/jsvm' });
console.log(badCwd.error.message, badCwd.error.code, badCwd.status);
