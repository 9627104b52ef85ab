// timers/promises setTimeout and setImmediate resolve with the value.
const { setTimeout: sleep, setImmediate: immediate, scheduler } = require('timers/promises');
(async () => {
  console.log(await sleep(2, 'value'));
  console.log(await sleep(1));
  console.log(await immediate('imm'));
  console.log(await immediate());
  console.log(await scheduler.wait(1), await scheduler.yield());
  const order = [];
  await Promise.all([sleep(200).then(() => order.push(200)), sleep(100).then(() => order.push(100)),
    immediate().then(() => order.push('immediate'))]);
  console.log(order);
})();
