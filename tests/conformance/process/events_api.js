// process is an EventEmitter.
const f = (x) => console.log('custom', x);
process.on('custom', f);
console.log(process.emit('custom', 1), process.listenerCount('custom'));
process.once('custom', (x) => console.log('once', x));
process.emit('custom', 2);
process.emit('custom', 3);
process.off('custom', f);
console.log(process.emit('custom', 4), process.listenerCount('custom'));
console.log(process.eventNames().includes('custom'));
