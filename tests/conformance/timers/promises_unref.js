// { ref: false } does not keep the process alive.
const tp = require('timers/promises');
tp.setTimeout(100, 'x', { ref: false }).then(() => console.log('never'));
tp.setImmediate('y', { ref: false }).then((v) => console.log('immediate still runs', v));
process.on('exit', () => console.log('exit'));
