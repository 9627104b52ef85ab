// An async function whose `await` is settled by code of another context
// resumes in a promise job queued while that context ran. Once nothing
// else holds the context, a collection during the resumed code frees it:
// the job (and what it resumes) must keep the context alive until it ends.
const vm = require('vm');

async function resumedFromContext(label) {
  await new Promise((resolve) => {
    const c = vm.createContext({ resolve });
    vm.runInContext('Promise.resolve().then(() => resolve(1))', c);
  });
  // The context is unreachable now; make the collector run (cycles are
  // left for it) while this function runs.
  for (let i = 0; i < 200000; i++) {
    const a = {};
    const b = { a };
    a.b = b;
  }
  // Blocks of about a context's size, zeroed: a context freed too early
  // is overwritten, so that its use fails here rather than by chance.
  const blocks = [];
  for (let size = 256; size <= 4096; size += 8) blocks.push(new ArrayBuffer(size), new ArrayBuffer(size));
  return label + ' ' + blocks.length;
}

(async () => {
  console.log(await resumedFromContext('first'));
  const results = await Promise.all([resumedFromContext('a'), resumedFromContext('b')]);
  console.log(results.join(' '));
  console.log('done');
})();
