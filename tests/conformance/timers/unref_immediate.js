// An unref'd immediate still runs when something else keeps the loop alive.
setImmediate(() => console.log('unref immediate runs in the same turn')).unref();
setTimeout(() => console.log('timer'), 200);
