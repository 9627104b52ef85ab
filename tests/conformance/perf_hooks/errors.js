// performance.mark/measure and the entry classes: Node 26's errors.
const { performance: p, PerformanceEntry, PerformanceMeasure, PerformanceMark } = require('perf_hooks');
const tryIt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
p.mark('a', { startTime: 10 });
tryIt('mark()', () => p.mark());
tryIt('negative', () => p.mark('x', { startTime: -1 }));
tryIt('string startTime', () => p.mark('x', { startTime: '1' }));
tryIt('number options', () => p.mark('x', 5));
tryIt('string options', () => p.mark('x', 'opts'));
tryIt('missing mark', () => p.measure('x', 'nope'));
tryIt('missing end mark', () => p.measure('x', 'a', 'zz'));
tryIt('all three', () => p.measure('x', { start: 1, end: 2, duration: 1 }));
tryIt('endMark with options', () => p.measure('x', { start: 1 }, 'a'));
tryIt('negative start', () => p.measure('x', { start: -5 }));
tryIt('measure()', () => p.measure());
tryIt('getEntriesByName()', () => p.getEntriesByName());
tryIt('getEntriesByType()', () => p.getEntriesByType());
tryIt('new PerformanceMeasure', () => new PerformanceMeasure());
tryIt('new PerformanceEntry', () => new PerformanceEntry());
tryIt('new PerformanceMark()', () => new PerformanceMark());
tryIt('uncloneable detail', () => p.mark('f', { detail: () => 1 }));
tryIt('new Performance', () => new (Object.getPrototypeOf(p).constructor)());
