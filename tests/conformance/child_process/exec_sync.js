// execSync and execFileSync: results, the error of a failing command
// (message with stderr, status, signal, outputs), stderr passed through.
const { execSync, execFileSync } = require('child_process');

console.log(execSync('echo hello'));
console.log(JSON.stringify(execSync('echo hello', { encoding: 'utf8' })));
console.log(JSON.stringify(execSync('cat', { input: 'piped in', encoding: 'utf8' })));
console.log(execFileSync('echo', ['a', 'b']).toString());
console.log(JSON.stringify(execFileSync('sh', ['-c', 'printf "%s" "$0"'], { argv0: 'zero', encoding: 'utf8' })));

// stderr of a successful command goes to our stderr.
execSync('echo "to parent stderr" >&2');

try {
  execSync('echo some output; echo went wrong >&2; exit 2', { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message));
  console.log(Object.keys(e));
  console.log(e.status, e.signal, e.stdout.toString(), e.stderr.toString(), e.output.length);
  console.log(e instanceof Error, e.name, typeof e.pid);
}

try {
  execSync('exit 5');
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.stderr.length);
}

try {
  execFileSync('sh', ['-c', 'kill -TERM $$'], { encoding: 'utf8' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.signal, JSON.stringify(e.stdout));
}

try {
  execFileSync('no-such-command-jsvm', ['x']);
} catch (e) {
  console.log(e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs);
  console.log(Object.keys(e));
  console.log(e.error === e, e.status, e.pid, e.output, e.stdout);
}

try {
  execSync('no-such-command-jsvm 2>/dev/null');
} catch (e) {
  console.log(JSON.stringify(e.message), e.status);
}
