'use strict';
// jsvm's stand-in for Node's test/common/measure-memory: the shapes
// vm.measureMemory's results must have.
const assert = require('assert');
const common = require('./');

function assertEstimate(entry) {
  assert.strictEqual(typeof entry, 'object');
  assert.strictEqual(typeof entry.jsMemoryEstimate, 'number');
  assert(Array.isArray(entry.jsMemoryRange));
  assert.strictEqual(entry.jsMemoryRange.length, 2);
  assert.strictEqual(typeof entry.jsMemoryRange[0], 'number');
  assert.strictEqual(typeof entry.jsMemoryRange[1], 'number');
}

function assertSummaryShape(result) {
  assert.strictEqual(typeof result, 'object');
  assertEstimate(result.total);
}

// `others`: how many contexts besides the current one the result lists.
function assertDetailedShape(result, others = 0) {
  assertSummaryShape(result);
  assertEstimate(result.current);
  assert(Array.isArray(result.other));
  assert.strictEqual(result.other.length, others);
  for (const other of result.other) assertEstimate(other);
}

function assertSingleDetailedShape(result) {
  assertDetailedShape(result, 0);
}

function expectExperimentalWarning() {
  common.expectWarning('ExperimentalWarning',
                       'vm.measureMemory is an experimental feature and might change at any time');
}

module.exports = { assertSummaryShape, assertDetailedShape,
                   assertSingleDetailedShape, expectExperimentalWarning };
