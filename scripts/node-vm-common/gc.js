'use strict';
// jsvm's stand-in for Node's test/common/gc: checks that objects a test
// creates again and again can be collected (the test is run with a small
// heap, so a leak ends it with an out-of-memory error).
const { setImmediate: immediate, setTimeout: sleep } = require('timers/promises');

// Calls `fn` (which may be async) up to maxCount times, one call a turn of
// the event loop, watching its results with a FinalizationRegistry; stops
// once one of them has been collected. None collected is a failure.
function checkIfCollectable(fn, maxCount = 4096, generateSnapshotAt = Infinity,
                            logEvery = 128) {
  let collected = 0;
  let created = 0;
  const registry = new FinalizationRegistry(() => { collected++; });
  process.on('exit', () => {
    if (collected === 0) {
      console.error(`common/gc: none of ${created} objects was collected`);
      process.exitCode = 1;
    }
  });
  (async () => {
    while (created < maxCount && collected === 0) {
      const obj = await fn();
      registry.register(obj, created);
      created++;
      if (created % logEvery === 0) {
        console.log(`created ${created}, collected ${collected}`);
      }
      await immediate();
    }
  })();
}

// Calls `fn(i)` `count` times; fn returns how many `ctor` instances it made.
// Resolves once fewer instances are alive (v8.queryObjects) than were made.
async function checkIfCollectableByCounting(fn, ctor, count, waitTime = 20) {
  const { queryObjects } = require('v8');
  let made = 0;
  for (let i = 0; i < count; i++) {
    made += await fn(i);
    await sleep(waitTime);
    const alive = queryObjects(ctor, { format: 'count' });
    if (alive < made) return;
  }
  throw new Error(`no ${ctor.name} of ${made} was collected`);
}

module.exports = { checkIfCollectable, checkIfCollectableByCounting };
