// 'error' events: thrown when unhandled (an Error as is, anything else as
// ERR_UNHANDLED_ERROR with `context`), errorMonitor, handled errors.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

function emitError(label, emitter, ...args) {
  try {
    console.log(label, 'returned', emitter.emit('error', ...args));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message), e.context, e === args[0]);
  }
}

const e = new EventEmitter();
const err = new Error('boom');
emitError('error object', e, err);
emitError('type error', e, new TypeError('typed'));
emitError('string', e, 'text');
emitError('object', e, { reason: 'x', nested: { a: [1] } });
emitError('undefined', e);
emitError('null', e, null);
emitError('number', e, 42);
emitError('error-like', e, { message: 'not an Error' });
e.on(errorMonitor, (x, extra) => console.log('monitor saw', x && x.message, extra));
emitError('monitored unhandled', e, new Error('monitored'), 'extra arg');
e.on('error', (x) => console.log('listener got', x.message));
emitError('handled', e, new Error('handled one'));
e.removeAllListeners('error');
emitError('after removeAllListeners', e, new Error('again'));
const once = new EventEmitter();
once.once('error', (x) => console.log('once listener', x));
emitError('once first', once, 'first');
emitError('once second', once, 'second');
console.log('errorMonitor', typeof errorMonitor, String(errorMonitor));
class MyEmitter extends EventEmitter {}
emitError('subclass', new MyEmitter(), 7);
const listenerThrows = new EventEmitter();
listenerThrows.on('data', () => { throw new RangeError('from listener'); });
try { listenerThrows.emit('data'); } catch (x) { console.log('listener error propagates', x.name, x.message); }
