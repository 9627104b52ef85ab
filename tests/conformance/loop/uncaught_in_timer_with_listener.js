// An error thrown by a timer goes to 'uncaughtException'; the loop goes on.
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
setTimeout(() => { throw new Error('timer error'); }, 100);
setTimeout(() => console.log('next timer still runs'), 110);
setImmediate(() => { throw new Error('immediate error'); });
process.nextTick(() => { throw new Error('tick error'); });
