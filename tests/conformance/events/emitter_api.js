// EventEmitter's API: listeners order, prepend, once wrappers, removal
// during emit, newListener/removeListener, max listeners and its warning,
// static helpers.
const EventEmitter = require('events');
const ee = new EventEmitter();
const log = [];
const a = () => log.push('a');
const b = () => log.push('b');
ee.on('newListener', (type, fn) => log.push(`new:${String(type)}:${fn.name}`));
ee.on('x', a);
ee.prependListener('x', b);
ee.once('x', function onceFn() { log.push('once'); });
ee.prependOnceListener('x', function pOnce() { log.push('pOnce'); });
ee.emit('x');
ee.emit('x');
console.log(log.join(' '));
console.log(ee.listenerCount('x'), ee.listeners('x').map((f) => f.name), ee.rawListeners('x').length);
console.log(ee.eventNames());
ee.on('removeListener', (type, fn) => console.log('removed', type, fn.name));
ee.off('x', a);
ee.removeAllListeners('x');
console.log(ee.listenerCount('x'), ee.eventNames());
const r = new EventEmitter();
const out = [];
const self = () => { out.push('self'); r.off('e', self); };
r.on('e', self);
r.on('e', () => out.push('second'));
r.emit('e');
r.emit('e');
console.log(out.join(' '));
console.log(r.emit('none'), r.emit('e'));
const m = new EventEmitter();
console.log(m.getMaxListeners(), EventEmitter.defaultMaxListeners);
m.setMaxListeners(1);
const warnings = [];
const realEmit = process.emitWarning;
process.emitWarning = (w) => warnings.push(w);
m.on('ev', () => {});
m.on('ev', () => {});
m.on('ev', () => {});
process.emitWarning = realEmit;
console.log(warnings.length, warnings[0].name, warnings[0].message, warnings[0].count, warnings[0].type);
try { m.setMaxListeners(-1); } catch (e) { console.log(e.code, e.message); }
try { m.on('x', 'notfn'); } catch (e) { console.log(e.code, e.message); }
console.log(EventEmitter.getEventListeners(m, 'ev').length, EventEmitter.getMaxListeners(m));
EventEmitter.setMaxListeners(3, m);
console.log(m.getMaxListeners());
console.log(EventEmitter.listenerCount(m, 'ev'), typeof EventEmitter.EventEmitter, EventEmitter.captureRejections);
console.log(EventEmitter.captureRejectionSymbol.toString(), require('node:events') === EventEmitter);
class Sub extends EventEmitter {}
const s = new Sub();
s.on('q', function () { console.log('this is emitter', this === s); });
s.emit('q');
console.log(require('util').inspect(new EventEmitter(), { depth: 0 }));
