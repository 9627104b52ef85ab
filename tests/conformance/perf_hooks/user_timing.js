// node:perf_hooks and the global performance: marks, measures, the entry
// lists, clearing, the entry classes (times given explicitly where printed).
const perf = require('perf_hooks');
const { performance: p, PerformanceEntry, PerformanceMark, PerformanceMeasure } = perf;
console.log(p === performance, PerformanceMark === globalThis.PerformanceMark,
  PerformanceEntry === globalThis.PerformanceEntry, PerformanceMeasure === globalThis.PerformanceMeasure);
console.log(Object.getOwnPropertyNames(PerformanceEntry.prototype),
  Object.getOwnPropertyNames(PerformanceMark.prototype),
  Object.getOwnPropertyNames(PerformanceMeasure.prototype), PerformanceEntry.length);
console.log(p instanceof EventTarget, Object.prototype.toString.call(p), typeof p.now(),
  p.now() >= 0, p.now() < 60000, p.timeOrigin > 1.7e12, Math.abs(p.timeOrigin + p.now() - Date.now()) < 1000);
const t0 = p.now();
let t1 = p.now();
while (t1 === t0) t1 = p.now();
console.log(t1 > t0);

const m = p.mark('a', { startTime: 10, detail: { x: 1 } });
console.log(m, m.toJSON(), JSON.stringify(m), m instanceof PerformanceEntry, m instanceof PerformanceMark);
p.mark('b', { startTime: 4 });
p.mark('a', { startTime: 12 });
console.log(p.measure('m2', { start: 5, end: 20, detail: 'd' }), p.measure('m3', { start: 5, duration: 3 }),
  p.measure('m4', { end: 30, duration: 10 }));
console.log(p.measure('ab', 'b', 'a').duration, p.measure('nb', undefined, 'b').startTime,
  p.measure('num', 3, 7), p.measure('neg', { start: 20, end: 10 }).duration);
console.log(p.measure('md', { start: 'b', end: 'a', detail: { k: [1] } }).detail,
  p.mark('o', null).detail, p.mark(5).name);
const open = p.measure('open', 'b');
console.log(open.startTime, open.duration > 0, p.measure('whole').startTime);
const detail = { a: 1 };
const cloned = p.mark('q', { detail, startTime: 1 });
console.log(cloned.detail === detail, cloned.detail === cloned.detail, cloned.detail);
const late = p.mark('late');
console.log(late.startTime > 0, late.detail, late.duration);

const names = (list) => list.map((e) => `${e.name}:${e.entryType}:${e.startTime}`);
const timed = (e) => !['late', 'open', 'whole', 'o', '5'].includes(e.name);
console.log(names(p.getEntries().filter(timed)));
console.log(names(p.getEntriesByName('a')), names(p.getEntriesByName('a', 'mark')),
  p.getEntriesByName('a', 'measure'), p.getEntriesByType('measure').length,
  p.getEntriesByType('mark').length, p.getEntriesByType('bogus'));
p.clearMarks('a');
console.log(p.getEntriesByType('mark').map((e) => e.name));
p.clearMeasures('m2');
console.log(p.getEntriesByType('measure').map((e) => e.name));
p.clearMarks();
p.clearMeasures();
console.log(p.getEntries());

const standalone = new PerformanceMark('z', { startTime: 1 });
console.log(standalone, p.getEntries().length, new PerformanceMark('now').startTime > 0);
console.log(Object.keys(perf.constants).length, perf.constants.NODE_PERFORMANCE_GC_MAJOR);
