// An unref'd timer does not keep the process alive; an unref'd interval
// neither; a ref'd one scheduled later does.
setTimeout(() => console.log('unref timer: never'), 500).unref();
setInterval(() => console.log('unref interval: never'), 300).unref();
const t = setTimeout(() => console.log('ref again: runs'), 5);
t.unref();
t.ref();
process.on('exit', () => console.log('exit'));
