// Intl.NumberFormat in en-US and a few locales: decimal, percent and
// currency styles, fraction and significant digits, grouping, sign
// display, formatToParts, resolvedOptions; Number and BigInt
// toLocaleString.
const show = (s) => JSON.stringify(s);
const nf = new Intl.NumberFormat();
console.log(show(nf.resolvedOptions()));
for (const n of [0, -0, 1, -1, 1.5, 1234.5, 1234567.891, 0.0001234, 1.0005, 1.005, 2.5, -2.5, 1e21, 123456789012345680000, NaN, Infinity, -Infinity, 12345n, '1234.56789', '-0.5']) {
  console.log(show(String(n)), show(nf.format(n)));
}
const cases = [
  ['en-US', { maximumFractionDigits: 2 }, [1.005, 3.14159, 10]],
  ['en-US', { minimumFractionDigits: 2 }, [1, 1.5, 1.23456]],
  ['en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }, [0.05, 0.15, 0.25]],
  ['en-US', { maximumSignificantDigits: 3 }, [123456, 0.00123456, 1.5]],
  ['en-US', { minimumSignificantDigits: 3 }, [1, 0.5]],
  ['en-US', { minimumIntegerDigits: 3 }, [5, 12.5]],
  ['en-US', { useGrouping: false }, [1234567.5]],
  ['en-US', { useGrouping: 'min2' }, [1234, 12345]],
  ['en-US', { style: 'percent' }, [0.5, 0.123, 1.255, -0.01]],
  ['en-US', { style: 'percent', minimumFractionDigits: 1 }, [0.5]],
  ['en-US', { style: 'currency', currency: 'USD' }, [1234.5, -5, 0]],
  ['en-US', { style: 'currency', currency: 'EUR' }, [1234.5]],
  ['en-US', { style: 'currency', currency: 'JPY' }, [1234.5]],
  ['en-US', { style: 'currency', currency: 'usd', currencyDisplay: 'code' }, [1]],
  ['en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' }, [-5]],
  ['en-US', { signDisplay: 'always' }, [1, 0, -1]],
  ['en-US', { signDisplay: 'exceptZero' }, [1, 0, -0, -1]],
  ['en-US', { signDisplay: 'never' }, [-1]],
  ['en-US', { signDisplay: 'negative' }, [-1, -0, 0]],
  ['en-US', { maximumFractionDigits: 0, roundingMode: 'floor' }, [1.7, -1.2]],
  ['en-US', { maximumFractionDigits: 0, roundingMode: 'halfEven' }, [0.5, 1.5, 2.5]],
  ['en-US', { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' }, [1, 1.5]],
  ['de-DE', {}, [1234567.891, -0.5]],
  ['fr-FR', {}, [1234567.891]],
  ['en-IN', {}, [123456789]],
  ['es', {}, [1234, 12345]],
];
for (const [loc, opts, values] of cases) {
  const f = new Intl.NumberFormat(loc, opts);
  console.log(loc, show(opts), show(values.map((v) => f.format(v))));
}
console.log(show(nf.formatToParts(-1234.5)));
console.log(show(new Intl.NumberFormat('en-US', { style: 'percent' }).formatToParts(0.25)));
console.log(show(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).formatToParts(-1234.5)));
console.log(show(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0 }).resolvedOptions()));
console.log(show(new Intl.NumberFormat('de', { maximumSignificantDigits: 2 }).resolvedOptions()));
console.log(show(new Intl.NumberFormat('xx-YY').resolvedOptions().locale), show(new Intl.NumberFormat(['zz', 'fr']).resolvedOptions().locale));
// format is a bound getter; the constructor works without new
const { format } = nf;
console.log(format(42), format === nf.format, format.name, format.length, Intl.NumberFormat()
  instanceof Intl.NumberFormat);
console.log(['1', '22', '333'].map(new Intl.NumberFormat('en', { minimumIntegerDigits: 2 }).format).join());
// toLocaleString
console.log((1234567.891).toLocaleString(), (0.5).toLocaleString('en-US', { style: 'percent' }));
console.log((1234.5).toLocaleString('de-DE'), (12).toLocaleString(undefined, { minimumFractionDigits: 2 }));
console.log((123456789n).toLocaleString(), (-5n).toLocaleString('en', { style: 'currency', currency: 'USD' }));
console.log([1234, 5678.9].toLocaleString(), new Number(1e6).toLocaleString());
for (const bad of [
  () => new Intl.NumberFormat('en', { style: 'currency' }),
  () => new Intl.NumberFormat('en', { style: 'bogus' }),
  () => new Intl.NumberFormat('en', { maximumFractionDigits: 101 }),
  () => new Intl.NumberFormat('en', { currency: 'US' , style: 'currency' }),
  () => new Intl.NumberFormat('en_US'),
  () => Intl.NumberFormat.prototype.formatToParts.call({}, 1),
  () => Number.prototype.toLocaleString.call('x'),
]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
