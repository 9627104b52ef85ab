// Timeout objects: ref/unref/hasRef/refresh/close/Symbol.toPrimitive.
const t = setTimeout(() => console.log('fired'), 1);
console.log(t.constructor.name, typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh);
console.log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
console.log(typeof t[Symbol.toPrimitive], typeof +t, Number.isInteger(+t));
console.log(t.refresh() === t);
const c = setTimeout(() => console.log('closed: never'), 1);
console.log(c.close() === c);
const byId = setTimeout(() => console.log('cleared by id: never'), 1);
clearTimeout(+byId);
const byString = setTimeout(() => console.log('cleared by string id: never'), 1);
clearTimeout(`${+byString}`);
const i = setInterval(() => {}, 1000);
console.log(i.constructor.name, i.hasRef());
clearInterval(i);
setTimeout(() => {
  const im = setImmediate(() => console.log('immediate'));
  console.log(im.constructor.name, im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im);
}, 10);
