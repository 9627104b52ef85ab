// Delays that are not numbers from 1 to 2^31-1 mean 1 ms; order follows the
// delay, then the order of creation.
console.error = (msg) => console.log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
const order = [];
const push = (x) => () => order.push(x);
setTimeout(push('200'), 200);
setTimeout(push('NaN'), NaN);
setTimeout(push('-5'), -5);
setTimeout(push('"100"'), '100');
setTimeout(push('undefined'));
setTimeout(push('0'), 0);
setTimeout(push('1'), 1);
setTimeout(push('Infinity'), Infinity);
setTimeout(push('2**31'), 2 ** 31);
setTimeout(push('150'), 150);
setTimeout(() => console.log(order.join(' ')), 300);
