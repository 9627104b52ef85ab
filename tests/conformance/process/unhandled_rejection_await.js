// Awaiting a rejected promise handles it; the async function's own promise
// is what goes unhandled.
async function inner() { throw new Error('inner'); }
async function outer() {
  try {
    await inner();
  } catch (e) {
    console.log('outer caught', e.message);
  }
  await Promise.reject(new Error('second'));
}
process.on('unhandledRejection', (r) => console.log('unhandled:', r.message));
outer();
