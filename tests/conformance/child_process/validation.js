// Argument checks of spawn, spawnSync, exec and friends: Node's errors.
const cp = require('child_process');

function check(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

check('file number', () => cp.spawn(1));
check('file empty', () => cp.spawnSync(''));
check('file null byte', () => cp.spawn('a\u0000b'));
check('args string', () => cp.spawn('echo', 'x'));
check('args null byte', () => cp.spawnSync('echo', ['ok', 'b\u0000']));
check('options string', () => cp.spawn('echo', [], 'x'));
check('stdio bad string', () => cp.spawnSync('echo', { stdio: 'bogus' }));
check('stdio bad entry', () => cp.spawnSync('echo', { stdio: ['pipe', 'bogus'] }));
check('cwd number', () => cp.spawn('echo', { cwd: 1 }));
check('shell number', () => cp.spawn('echo', { shell: 1 }));
check('detached string', () => cp.spawn('echo', { detached: 'yes' }));
check('argv0 number', () => cp.spawn('echo', { argv0: 1 }));
check('uid float', () => cp.spawnSync('echo', { uid: 1.5 }));
check('timeout negative', () => cp.spawnSync('echo', { timeout: -1 }));
check('timeout float', () => cp.spawn('echo', { timeout: 1.5 }));
check('maxBuffer string', () => cp.spawnSync('echo', { maxBuffer: '1' }));
check('killSignal unknown', () => cp.spawnSync('echo', { killSignal: 'SIGNOPE' }));
check('killSignal object', () => cp.spawnSync('echo', { killSignal: {} }));
check('input number', () => cp.spawnSync('cat', { input: 5 }));
check('exec command number', () => cp.exec(5));
check('execSync command number', () => cp.execSync(5));
check('execFile callback', () => cp.execFile('echo', [], {}, 'nope'));
check('execFile options', () => cp.execFile('echo', [], 'opts'));
check('encoding unknown', () => cp.spawn('echo').stdout.setEncoding('nope'));
