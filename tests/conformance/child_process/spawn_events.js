// spawn: the ChildProcess's events and fields. 'spawn' comes first, 'close'
// last, after 'exit' and after the pipes' 'end's; data arrives as Buffers.
const { spawn, ChildProcess } = require('child_process');
const EventEmitter = require('events');

const child = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(child instanceof ChildProcess, child instanceof EventEmitter);
console.log(typeof child.pid, child.pid > 0, child.exitCode, child.signalCode, child.killed);
console.log(child.spawnfile, child.spawnargs, child.stdio.length);
console.log(child.stdio[0] === child.stdin, child.stdio[1] === child.stdout,
            child.stdio[2] === child.stderr);
console.log(child.stdout.readable, child.stdin.writable);

const events = [];
const data = { stdout: [], stderr: [] };
child.on('spawn', (...args) => events.push(`spawn ${args.length}`));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
for (const name of ['stdout', 'stderr']) {
  child[name].on('data', (chunk) => {
    data[name].push(Buffer.isBuffer(chunk));
    data[name].push(chunk.toString());
  });
  child[name].on('end', () => events.push(`${name} end`));
}
child.on('close', (code, signal) => {
  events.push(`close ${code} ${signal}`);
  console.log(events[0], events[events.length - 1]);
  console.log(events.indexOf('exit 3 null') < events.indexOf('close 3 null'));
  console.log(events.indexOf('stdout end') > 0, events.indexOf('stderr end') > 0);
  console.log(events.length, data.stdout, data.stderr);
  console.log(child.exitCode, child.signalCode, child.killed);
});
process.nextTick(() => console.log('tick queued after spawn, events so far:', events.length));
process.on('exit', () => console.log('exit', events.length));
