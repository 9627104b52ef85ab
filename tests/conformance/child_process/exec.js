// exec and execFile: the callback's (error, stdout, stderr), the error of
// a failing command (code, killed, signal, cmd), encodings, promisify.
const { exec, execFile } = require('child_process');
const util = require('util');

exec('echo out; echo err >&2', (err, stdout, stderr) => {
  console.log('exec', err, JSON.stringify(stdout), JSON.stringify(stderr));
  exec('echo bad >&2; exit 4', (err, stdout, stderr) => {
    console.log('fail', JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd);
    console.log(Object.keys(err), JSON.stringify(stderr));
    execFile('echo', ['x', 'y'], { encoding: 'buffer' }, (err, stdout) => {
      console.log('buffer', err, stdout);
      execFile('no-such-command-jsvm', ['a'], (err, stdout, stderr) => {
        console.log('missing', err.message, err.code, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
        execFile('sh', ['-c', 'kill -TERM $$'], (err) => {
          console.log('signal', JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd);
          execFile('sleep', ['30'], { timeout: 50 }, (err) => {
            console.log('timeout', err.code, err.killed, err.signal, err.cmd);
            promises();
          });
        });
      });
    });
  });
});

async function promises() {
  const run = util.promisify(exec);
  const { stdout, stderr } = await run('echo promised');
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  try {
    await util.promisify(execFile)('sh', ['-c', 'echo o; echo e >&2; exit 1']);
  } catch (err) {
    console.log('rejected', err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
  }
}
