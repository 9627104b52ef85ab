// Delays that are not positive numbers mean 1 ms; order follows the delay,
// then the order of creation.
console.error = (msg) => console.log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
const order = [];
const push = (x) => () => order.push(x);
setTimeout(push('20'), 20);
setTimeout(push('NaN'), NaN);
setTimeout(push('-5'), -5);
setTimeout(push('"2"'), '2');
setTimeout(push('undefined'));
setTimeout(push('0'), 0);
setTimeout(push('1'), 1);
setTimeout(push('Infinity'), Infinity);
setTimeout(push('2**31'), 2 ** 31);
setTimeout(push('10'), 10);
setTimeout(() => console.log(order.join(' ')), 40);
