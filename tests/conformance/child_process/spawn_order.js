// 'spawn' is emitted from the nextTick queue: before ticks queued after
// spawn(), after those queued before it, before promise callbacks.
const { spawn } = require('child_process');

process.nextTick(() => console.log('tick queued before spawn'));
Promise.resolve().then(() => console.log('microtask'));
const child = spawn('true');
child.on('spawn', () => console.log('spawn'));
process.nextTick(() => console.log('tick queued after spawn'));
child.on('exit', (code) => console.log('exit', code));
child.on('close', (code) => console.log('close', code));
console.log('main done');
