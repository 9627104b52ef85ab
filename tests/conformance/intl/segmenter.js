// Intl.Segmenter: graphemes (combining marks, emoji sequences, flags),
// words with isWordLike, sentences, containing(), the iterator protocol
// and resolvedOptions.
const show = (s) => JSON.stringify(s);
const g = new Intl.Segmenter();
console.log(show(g.resolvedOptions()));
for (const text of ['abc', 'e\u0301a\u0308', '👨‍👩‍👧x👍🏽', '🇫🇷🇩🇪', '\r\nz', 'ก่า', '']) {
  console.log(show(text), show([...g.segment(text)].map((s) => [s.segment, s.index])));
}
const w = new Intl.Segmenter('en', { granularity: 'word' });
console.log(show(w.resolvedOptions()));
for (const text of ["Hello, world! It's 3.14 o'clock.", 'foo_bar baz-qux  e-mail', 'a1 ½ $5']) {
  console.log(show([...w.segment(text)].map((s) => [s.segment, s.index, s.isWordLike])));
}
const s = new Intl.Segmenter('en', { granularity: 'sentence' });
console.log(show([...s.segment('Hi there. How are you? Fine! Mr. Smith said "no."  Then left.')].map((x) => x.segment)));

const segs = w.segment('one two');
console.log(show(segs.containing(0)), show(segs.containing(3)), show(segs.containing(5)));
console.log(segs.containing(7), segs.containing(-1), show(segs.containing()), show(segs.containing('4')));
const seg = g.segment('ab');
const it = seg[Symbol.iterator]();
console.log(show(it.next()), show(it.next()), show(it.next()));
console.log(Object.prototype.toString.call(it), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
console.log(Object.keys(g.segment('x').containing(0)).join(), Object.keys(w.segment('x').containing(0)).join());
// a segment's input is the string given
console.log(g.segment(12345).containing(2).input, [...g.segment(null)].length);

try { Intl.Segmenter(); } catch (e) { console.log(e.name, e.message); }
try { new Intl.Segmenter('en', { granularity: 'line' }); } catch (e) { console.log(e.name, e.message); }
try { Intl.Segmenter.prototype.segment.call({}, 'x'); } catch (e) { console.log(e.name); }
console.log(Intl.Segmenter.name, Intl.Segmenter.length, Object.prototype.toString.call(g));
console.log(Intl.Segmenter.supportedLocalesOf(['en-US', 'fr']).join());
