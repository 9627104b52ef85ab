const assert = require('node:assert');
describe('math', () => {
  it('adds', () => assert.strictEqual(1 + 1, 2));
  it('waits', (done) => setTimeout(done, 5));
  it('resolves', async () => assert.deepStrictEqual(await Promise.resolve([1]), [1]));
  describe('nested', () => {
    it('skips', function () { this.skip(); });
    it('fails', () => assert.strictEqual(1, 2));
  });
});
