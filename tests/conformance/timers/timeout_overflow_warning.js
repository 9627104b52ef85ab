// A delay above 2^31-1 is 1 ms, with a TimeoutOverflowWarning.
console.error = (msg) => console.log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
setTimeout(() => console.log('fired'), 2 ** 31);
setTimeout(() => console.log('negative fired'), -1);
