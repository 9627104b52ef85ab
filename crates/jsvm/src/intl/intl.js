// The `Intl` object of one realm, made on the first read of `Intl` (or the
// first toLocaleString / localeCompare) by intl/mod.rs, which calls this
// function with its natives (ICU4X underneath). Returns the realm's
// internals: { Intl, number, bigint, compare, date, dateDate, dateTime }.
(function (natives) {
  'use strict';
  const ObjectCtor = ({}).constructor;
  const ArrayCtor = [].constructor;
  const { defineProperty, defineProperties, freeze, getPrototypeOf, create } = ObjectCtor;
  const iteratorSymbol = Symbol.iterator;
  const tagSymbol = Symbol.toStringTag;
  const DEFAULT_LOCALE = 'en-US';

  function hidden(obj, props) {
    for (const key of Reflect.ownKeys(props)) {
      const d = ObjectCtor.getOwnPropertyDescriptor(props, key);
      d.enumerable = false;
      defineProperty(obj, key, d);
    }
  }
  function tag(proto, name) {
    defineProperty(proto, tagSymbol, { value: name, configurable: true });
  }
  function nativeName(f, name) {
    defineProperty(f, 'name', { value: name, configurable: true });
    return f;
  }

  // ----- locales ---------------------------------------------------------
  function canonicalizeLocaleList(locales) {
    if (locales === undefined) return [];
    const seen = [];
    let list;
    if (typeof locales === 'string' || (typeof locales === 'object' && locales !== null && internalsOf(locales, LocaleSlots))) {
      list = [locales];
    } else {
      if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
      list = ObjectCtor(locales);
    }
    const len = list.length >>> 0;
    for (let i = 0; i < len; i++) {
      if (!(i in list)) continue;
      let tag = list[i];
      if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
        throw new TypeError(`Language ID should be string or object.`);
      }
      const l = internalsOf(tag, LocaleSlots);
      tag = l ? l.tag : String(tag);
      const canon = natives.canonicalizeLocale(tag);
      if (canon === undefined) throw new RangeError(`Invalid language tag: ${tag}`);
      if (!seen.includes(canon)) seen.push(canon);
    }
    return seen;
  }
  function resolveLocale(locales) {
    const list = canonicalizeLocaleList(locales);
    for (const l of list) {
      const base = l.replace(/-u-.*$/, '');
      if (natives.isSupportedLocale(base)) return base;
    }
    return DEFAULT_LOCALE;
  }
  function supportedLocalesOf(locales, options) {
    const list = canonicalizeLocaleList(locales);
    if (options !== undefined) getOption(ObjectCtor(options), 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    return list.filter((l) => natives.isSupportedLocale(l.replace(/-u-.*$/, '')));
  }
  function getOptionsObject(options) {
    if (options === undefined) return create(null);
    if (options === null) throw new TypeError('Cannot convert undefined or null to object');
    return ObjectCtor(options);
  }
  function getOption(options, name, values, fallback) {
    let v = options[name];
    if (v === undefined) return fallback;
    v = String(v);
    if (values !== undefined && !values.includes(v)) {
      throw new RangeError(`Value ${v} out of range for Intl.${currentCtor} options property ${name}`);
    }
    return v;
  }
  function getBoolOption(options, name, fallback) {
    const v = options[name];
    return v === undefined ? fallback : !!v;
  }
  function getNumberOption(options, name, min, max, fallback) {
    let v = options[name];
    if (v === undefined) return fallback;
    v = Number(v);
    if (Number.isNaN(v) || v < min || v > max) throw new RangeError(`${name} value is out of range.`);
    return Math.floor(v);
  }
  let currentCtor = '';

  // Internal slots: one WeakMap per kind.
  const LocaleSlots = new WeakMap();
  function internalsOf(obj, slots) {
    return (typeof obj === 'object' || typeof obj === 'function') && obj !== null ? slots.get(obj) : undefined;
  }
  function slotsOf(obj, slots, method) {
    const s = internalsOf(obj, slots);
    if (s === undefined) {
      throw new TypeError(`Method ${method} called on incompatible receiver ${describe(obj)}`);
    }
    return s;
  }
  function describe(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v !== null) return '#<' + ((v.constructor && v.constructor.name) || 'Object') + '>';
    return String(v);
  }
  function requireNew(newTarget, name) {
    if (newTarget === undefined) throw new TypeError(`Constructor Intl.${name} requires 'new'`);
  }

  // ----- getCanonicalLocales / supportedValuesOf ----------------------------
  const Intl = {};
  hidden(Intl, {
    getCanonicalLocales(locales) {
      return canonicalizeLocaleList(locales);
    },
    supportedValuesOf(key) {
      key = String(key);
      const v = natives.supportedValues(key);
      if (v === undefined) throw new RangeError(`Invalid key : ${key}`);
      return v;
    },
  });
  defineProperty(Intl, tagSymbol, { value: 'Intl', configurable: true });

  function defineClass(name, ctor, protoMethods, statics) {
    nativeName(ctor, name);
    const proto = ctor.prototype;
    hidden(proto, protoMethods);
    defineProperty(proto, 'constructor', { value: ctor, writable: true, configurable: true });
    tag(proto, 'Intl.' + name);
    hidden(ctor, {
      supportedLocalesOf(locales, options = undefined) {
        return supportedLocalesOf(locales, options);
      },
      ...statics,
    });
    defineProperty(ctor, 'prototype', { writable: false, enumerable: false, configurable: false });
    defineProperty(Intl, name, { value: ctor, writable: true, configurable: true });
    return ctor;
  }
  function boundGetter(slots, name, method, make) {
    return {
      get() {
        const s = slotsOf(this, slots, `get Intl.${name}.prototype.${method}`);
        if (s.bound === undefined) s.bound = make(this, s);
        return s.bound;
      },
    };
  }

  // ----- Segmenter ---------------------------------------------------------
  const SegmenterSlots = new WeakMap();
  const SegmentsSlots = new WeakMap();
  const SegmentIteratorSlots = new WeakMap();
  function Segmenter(locales = undefined, options = undefined) {
    requireNew(new.target, 'Segmenter');
    currentCtor = 'Segmenter';
    const locale = resolveLocale(locales);
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    const granularity = getOption(options, 'granularity', ['grapheme', 'word', 'sentence'], 'grapheme');
    const self = ObjectCtor.create(new.target.prototype);
    SegmenterSlots.set(self, { locale, granularity });
    return self;
  }
  function segmentData(s, i) {
    // s: segments slots; i: index of the segment in s.bounds
    const start = s.bounds[i];
    const end = s.bounds[i + 1];
    const out = { segment: s.string.slice(start, end), index: start, input: s.string };
    if (s.granularity === 'word') out.isWordLike = s.wordLike[i];
    return out;
  }
  function computeBounds(s) {
    if (s.bounds === undefined) {
      const r = natives.segment(s.granularity, s.string);
      s.bounds = r[0];
      s.wordLike = r[1];
    }
  }
  const SegmentsProto = {};
  hidden(SegmentsProto, {
    containing(index = undefined) {
      const s = slotsOf(this, SegmentsSlots, '%Segments.prototype%.containing');
      let n = Number(index);
      n = Number.isNaN(n) ? 0 : Math.trunc(n);
      if (n < 0 || n >= s.string.length) return undefined;
      computeBounds(s);
      let lo = 0;
      let hi = s.bounds.length - 2;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (s.bounds[mid] <= n) lo = mid;
        else hi = mid - 1;
      }
      return segmentData(s, lo);
    },
    [iteratorSymbol]() {
      const s = slotsOf(this, SegmentsSlots, '%Segments.prototype%[@@iterator]');
      const it = ObjectCtor.create(SegmentIteratorProto);
      SegmentIteratorSlots.set(it, { segments: s, pos: 0 });
      return it;
    },
  });
  const IteratorProto = getPrototypeOf(getPrototypeOf([][iteratorSymbol]()));
  const SegmentIteratorProto = ObjectCtor.create(IteratorProto);
  hidden(SegmentIteratorProto, {
    next() {
      const it = slotsOf(this, SegmentIteratorSlots, '%SegmentIterator.prototype%.next');
      const s = it.segments;
      computeBounds(s);
      if (it.pos >= s.bounds.length - 1) return { value: undefined, done: true };
      return { value: segmentData(s, it.pos++), done: false };
    },
  });
  tag(SegmentIteratorProto, 'Segmenter String Iterator');
  defineClass('Segmenter', Segmenter, {
    segment(string) {
      const self = slotsOf(this, SegmenterSlots, 'Intl.Segmenter.prototype.segment');
      const segs = ObjectCtor.create(SegmentsProto);
      SegmentsSlots.set(segs, { string: String(string), granularity: self.granularity, bounds: undefined, wordLike: undefined });
      return segs;
    },
    resolvedOptions() {
      const s = slotsOf(this, SegmenterSlots, 'Intl.Segmenter.prototype.resolvedOptions');
      return { locale: s.locale, granularity: s.granularity };
    },
  });

  // ----- NumberFormat ------------------------------------------------------
  const NumberFormatSlots = new WeakMap();
  const CURRENCY_DIGITS = { BHD: 3, BIF: 0, CLF: 4, CLP: 0, DJF: 0, GNF: 0, IQD: 0, ISK: 0, JOD: 3, JPY: 0, KMF: 0, KRW: 0, KWD: 3, LYD: 3, OMR: 3, PYG: 0, RWF: 0, TND: 3, UGX: 0, UYI: 0, UYW: 4, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0 };
  const CURRENCY_SYMBOLS = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', KRW: '₩', ILS: '₪', VND: '₫', CAD: 'CA$', AUD: 'A$', MXN: 'MX$', BRL: 'R$', HKD: 'HK$', NZD: 'NZ$', TWD: 'NT$', XAF: 'FCFA', XOF: 'F\u202fCFA', PHP: '₱' };
  const CURRENCY_NARROW = { CAD: '$', AUD: '$', MXN: '$', HKD: '$', NZD: '$', TWD: '$', CNY: '¥', BRL: 'R$' };
  function digitOptions(s, options, minDefault, maxDefault, notation) {
    s.minimumIntegerDigits = getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1);
    const mnfd = options.minimumFractionDigits;
    const mxfd = options.maximumFractionDigits;
    const mnsd = options.minimumSignificantDigits;
    const mxsd = options.maximumSignificantDigits;
    const roundingPriority = getOption(options, 'roundingPriority', ['auto', 'morePrecision', 'lessPrecision'], 'auto');
    const hasSd = mnsd !== undefined || mxsd !== undefined;
    const hasFd = mnfd !== undefined || mxfd !== undefined;
    s.roundingPriority = roundingPriority;
    if (hasSd) {
      s.minimumSignificantDigits = getNumberOption(options, 'minimumSignificantDigits', 1, 21, 1);
      s.maximumSignificantDigits = getNumberOption(options, 'maximumSignificantDigits', s.minimumSignificantDigits, 21, 21);
    }
    if (!hasSd || roundingPriority !== 'auto') {
      if (hasFd) {
        let mn = getNumberOption(options, 'minimumFractionDigits', 0, 100, undefined);
        let mx = getNumberOption(options, 'maximumFractionDigits', 0, 100, undefined);
        if (mn === undefined) mn = Math.min(minDefault, mx);
        else if (mx === undefined) mx = Math.max(maxDefault, mn);
        else if (mn > mx) throw new RangeError('maximumFractionDigits value is out of range.');
        s.minimumFractionDigits = mn;
        s.maximumFractionDigits = mx;
      } else if (!hasSd || roundingPriority !== 'auto') {
        s.minimumFractionDigits = minDefault;
        s.maximumFractionDigits = maxDefault;
      }
    }
    if (!hasSd && !hasFd && notation === 'compact') {
      delete s.minimumFractionDigits;
      delete s.maximumFractionDigits;
      s.compactRounding = true;
    }
  }
  function NumberFormat(locales = undefined, options = undefined) {
    currentCtor = 'NumberFormat';
    const locale = resolveLocale(locales);
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    const numberingSystem = getOption(options, 'numberingSystem', undefined, undefined);
    const s = { locale, numberingSystem: 'latn' };
    if (numberingSystem !== undefined && !/^[a-zA-Z0-9]{3,8}(-[a-zA-Z0-9]{3,8})*$/.test(numberingSystem)) {
      throw new RangeError(`Invalid numberingSystem : ${numberingSystem}`);
    }
    const style = getOption(options, 'style', ['decimal', 'percent', 'currency', 'unit'], 'decimal');
    s.style = style;
    let currency = getOption(options, 'currency', undefined, undefined);
    if (currency !== undefined) {
      if (!/^[A-Za-z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
      currency = currency.toUpperCase();
    }
    const currencyDisplay = getOption(options, 'currencyDisplay', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol');
    const currencySign = getOption(options, 'currencySign', ['standard', 'accounting'], 'standard');
    const unit = getOption(options, 'unit', undefined, undefined);
    const unitDisplay = getOption(options, 'unitDisplay', ['short', 'narrow', 'long'], 'short');
    if (style === 'currency') {
      if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
      s.currency = currency;
      s.currencyDisplay = currencyDisplay;
      s.currencySign = currencySign;
    }
    if (style === 'unit') {
      if (unit === undefined) throw new TypeError('Unit is required with unit style.');
      s.unit = unit;
      s.unitDisplay = unitDisplay;
    }
    const notation = getOption(options, 'notation', ['standard', 'scientific', 'engineering', 'compact'], 'standard');
    let minDefault = 0;
    let maxDefault = 3;
    if (style === 'currency' && notation === 'standard') {
      minDefault = maxDefault = currency in CURRENCY_DIGITS ? CURRENCY_DIGITS[currency] : 2;
    } else if (style === 'percent') {
      maxDefault = 0;
    }
    digitOptions(s, options, minDefault, maxDefault, notation);
    const roundingIncrement = getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
    const roundingMode = getOption(options, 'roundingMode', ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand');
    const trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', ['auto', 'stripIfInteger'], 'auto');
    const compactDisplay = getOption(options, 'compactDisplay', ['short', 'long'], 'short');
    const defaultGrouping = notation === 'compact' ? 'min2' : 'auto';
    let useGrouping = options.useGrouping;
    if (useGrouping === undefined) useGrouping = defaultGrouping;
    else if (useGrouping === true) useGrouping = 'always';
    else if (useGrouping === false || useGrouping === null || useGrouping === 0 || useGrouping === '') useGrouping = false;
    else {
      useGrouping = String(useGrouping);
      if (useGrouping === 'true' || useGrouping === 'false') useGrouping = defaultGrouping;
      else if (!['min2', 'auto', 'always'].includes(useGrouping)) {
        throw new RangeError(`Value ${useGrouping} out of range for Intl.NumberFormat options property useGrouping`);
      }
    }
    s.useGrouping = useGrouping;
    s.notation = notation;
    if (notation === 'compact') s.compactDisplay = compactDisplay;
    s.signDisplay = getOption(options, 'signDisplay', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto');
    s.roundingIncrement = roundingIncrement;
    s.roundingMode = roundingMode;
    s.trailingZeroDisplay = trailingZeroDisplay;
    const self = ObjectCtor.create(new.target === undefined ? NumberFormat.prototype : new.target.prototype);
    NumberFormatSlots.set(self, s);
    return self;
  }
  // The value as a decimal string (a Number's shortest round trip, a
  // BigInt's digits), as ToIntlMathematicalValue.
  function toDecimalString(value) {
    if (typeof value === 'bigint') return String(value);
    if (typeof value === 'string') {
      const t = value.trim();
      if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return t.replace(/^\+/, '');
      if (t === '') return '0';
      const n = Number(t);
      return Object.is(n, -0) ? '-0' : String(n);
    }
    if (typeof value === 'object' && value !== null) value = Number(value);
    const n = Number(value);
    return Object.is(n, -0) ? '-0' : String(n);
  }
  function formatNumberParts(s, value) {
    const str = toDecimalString(value);
    const parts = [];
    let negative;
    let isZero;
    if (str === 'NaN' || str === 'Infinity' || str === '-Infinity') {
      negative = str[0] === '-';
      isZero = false;
      parts.push(str === 'NaN' ? { type: 'nan', value: 'NaN' } : { type: 'infinity', value: '∞' });
    } else {
      const r = natives.formatNumber(
        s.locale,
        str,
        s.style === 'percent' ? 2 : 0,
        s.minimumIntegerDigits,
        s.minimumFractionDigits === undefined ? -1 : s.minimumFractionDigits,
        s.maximumFractionDigits === undefined ? -1 : s.maximumFractionDigits,
        s.minimumSignificantDigits === undefined ? -1 : s.minimumSignificantDigits,
        s.maximumSignificantDigits === undefined ? -1 : s.maximumSignificantDigits,
        s.roundingPriority,
        s.roundingMode,
        s.useGrouping === false ? 'never' : s.useGrouping,
        s.trailingZeroDisplay === 'stripIfInteger',
      );
      negative = r[0];
      isZero = r[1];
      for (let i = 2; i < r.length; i += 2) parts.push({ type: r[i], value: r[i + 1] });
    }
    let sign = '';
    switch (s.signDisplay) {
      case 'auto': sign = negative ? '-' : ''; break;
      case 'always': sign = negative ? '-' : '+'; break;
      case 'exceptZero': sign = isZero ? '' : negative ? '-' : '+'; break;
      case 'negative': sign = negative && !isZero ? '-' : ''; break;
      default: sign = '';
    }
    const signPart = sign === '' ? [] : [{ type: sign === '-' ? 'minusSign' : 'plusSign', value: sign }];
    if (s.style === 'percent') {
      return [...signPart, ...parts, { type: 'percentSign', value: '%' }];
    }
    if (s.style === 'currency') {
      let sym;
      if (s.currencyDisplay === 'code') sym = s.currency;
      else if (s.currencyDisplay === 'narrowSymbol') sym = CURRENCY_NARROW[s.currency] || CURRENCY_SYMBOLS[s.currency] || s.currency;
      else if (s.currencyDisplay === 'name') sym = undefined;
      else sym = CURRENCY_SYMBOLS[s.currency] || s.currency;
      if (sym === undefined) {
        const one = parts.length === 1 && parts[0].value === '1';
        return [...signPart, ...parts, { type: 'literal', value: ' ' }, { type: 'currency', value: s.currency + (one ? '' : '') }];
      }
      const cur = [{ type: 'currency', value: sym }];
      if (/^[A-Za-z]+$/.test(sym)) cur.push({ type: 'literal', value: '\u00a0' });
      if (s.currencySign === 'accounting' && sign === '-') {
        return [{ type: 'literal', value: '(' }, ...cur, ...parts, { type: 'literal', value: ')' }];
      }
      return [...signPart, ...cur, ...parts];
    }
    if (s.style === 'unit') {
      return [...signPart, ...parts, { type: 'literal', value: ' ' }, { type: 'unit', value: s.unit }];
    }
    return [...signPart, ...parts];
  }
  function joinParts(parts) {
    let out = '';
    for (const p of parts) out += p.value;
    return out;
  }
  defineClass('NumberFormat', NumberFormat, {
    get format() {
      const s = slotsOf(this, NumberFormatSlots, 'get Intl.NumberFormat.prototype.format');
      if (s.bound === undefined) {
        s.bound = nativeName((value) => joinParts(formatNumberParts(s, value)), '');
      }
      return s.bound;
    },
    formatToParts(value = undefined) {
      const s = slotsOf(this, NumberFormatSlots, 'Intl.NumberFormat.prototype.formatToParts');
      return formatNumberParts(s, value);
    },
    formatRange(start, end) {
      const s = slotsOf(this, NumberFormatSlots, 'Intl.NumberFormat.prototype.formatRange');
      if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
      const a = joinParts(formatNumberParts(s, start));
      const b = joinParts(formatNumberParts(s, end));
      return a === b ? '~' + a : a + '–' + b;
    },
    resolvedOptions() {
      const s = slotsOf(this, NumberFormatSlots, 'Intl.NumberFormat.prototype.resolvedOptions');
      const out = { locale: s.locale, numberingSystem: s.numberingSystem, style: s.style };
      for (const k of ['currency', 'currencyDisplay', 'currencySign', 'unit', 'unitDisplay', 'minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits', 'useGrouping', 'notation', 'compactDisplay', 'signDisplay', 'roundingIncrement', 'roundingMode', 'roundingPriority', 'trailingZeroDisplay']) {
        if (s[k] !== undefined) out[k] = s[k];
      }
      return out;
    },
  });

  // ----- PluralRules -------------------------------------------------------
  const PluralRulesSlots = new WeakMap();
  function PluralRules(locales = undefined, options = undefined) {
    requireNew(new.target, 'PluralRules');
    currentCtor = 'PluralRules';
    const locale = resolveLocale(locales);
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    const type = getOption(options, 'type', ['cardinal', 'ordinal'], 'cardinal');
    const notation = getOption(options, 'notation', ['standard', 'scientific', 'engineering', 'compact'], 'standard');
    const s = { locale, type, notation };
    digitOptions(s, options, 0, 3, 'standard');
    s.roundingIncrement = 1;
    s.roundingMode = getOption(options, 'roundingMode', ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand');
    s.trailingZeroDisplay = getOption(options, 'trailingZeroDisplay', ['auto', 'stripIfInteger'], 'auto');
    const self = ObjectCtor.create(new.target.prototype);
    PluralRulesSlots.set(self, s);
    return self;
  }
  function pluralSelect(s, n) {
    n = Number(n);
    if (!Number.isFinite(n)) return 'other';
    const r = natives.formatNumber(
      'en', toDecimalString(Math.abs(n)), 0, 1,
      s.minimumFractionDigits === undefined ? -1 : s.minimumFractionDigits,
      s.maximumFractionDigits === undefined ? -1 : s.maximumFractionDigits,
      s.minimumSignificantDigits === undefined ? -1 : s.minimumSignificantDigits,
      s.maximumSignificantDigits === undefined ? -1 : s.maximumSignificantDigits,
      s.roundingPriority, s.roundingMode, 'never', s.trailingZeroDisplay === 'stripIfInteger',
    );
    let digits = '';
    for (let i = 2; i < r.length; i += 2) digits += r[i] === 'decimal' ? '.' : r[i + 1];
    return natives.pluralSelect(s.locale, s.type, digits);
  }
  defineClass('PluralRules', PluralRules, {
    select(n) {
      const s = slotsOf(this, PluralRulesSlots, 'Intl.PluralRules.prototype.select');
      return pluralSelect(s, n);
    },
    selectRange(start, end) {
      const s = slotsOf(this, PluralRulesSlots, 'Intl.PluralRules.prototype.selectRange');
      if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
      return pluralSelect(s, end);
    },
    resolvedOptions() {
      const s = slotsOf(this, PluralRulesSlots, 'Intl.PluralRules.prototype.resolvedOptions');
      const out = { locale: s.locale, type: s.type, notation: s.notation, minimumIntegerDigits: s.minimumIntegerDigits };
      for (const k of ['minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits']) {
        if (s[k] !== undefined) out[k] = s[k];
      }
      out.pluralCategories = natives.pluralCategories(s.locale, s.type);
      out.roundingIncrement = s.roundingIncrement;
      out.roundingMode = s.roundingMode;
      out.roundingPriority = s.roundingPriority;
      out.trailingZeroDisplay = s.trailingZeroDisplay;
      return out;
    },
  });

  // ----- Collator ----------------------------------------------------------
  const CollatorSlots = new WeakMap();
  function Collator(locales = undefined, options = undefined) {
    currentCtor = 'Collator';
    const locale = resolveLocale(locales);
    options = getOptionsObject(options);
    const usage = getOption(options, 'usage', ['sort', 'search'], 'sort');
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    getOption(options, 'collation', undefined, undefined);
    const numeric = getBoolOption(options, 'numeric', undefined);
    const caseFirst = getOption(options, 'caseFirst', ['upper', 'lower', 'false'], undefined);
    const sensitivity = getOption(options, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant');
    const ignorePunctuation = getBoolOption(options, 'ignorePunctuation', false);
    const s = {
      locale, usage, sensitivity, ignorePunctuation, collation: 'default',
      numeric: numeric === undefined ? false : numeric, caseFirst: caseFirst === undefined ? 'false' : caseFirst,
    };
    const self = ObjectCtor.create(new.target === undefined ? Collator.prototype : new.target.prototype);
    CollatorSlots.set(self, s);
    return self;
  }
  function collatorCompare(s, a, b) {
    return natives.compare(s.locale, s.sensitivity, s.numeric, s.caseFirst, s.ignorePunctuation, String(a), String(b));
  }
  defineClass('Collator', Collator, {
    get compare() {
      const s = slotsOf(this, CollatorSlots, 'get Intl.Collator.prototype.compare');
      if (s.bound === undefined) s.bound = nativeName((a, b) => collatorCompare(s, a, b), '');
      return s.bound;
    },
    resolvedOptions() {
      const s = slotsOf(this, CollatorSlots, 'Intl.Collator.prototype.resolvedOptions');
      return {
        locale: s.locale, usage: s.usage, sensitivity: s.sensitivity, ignorePunctuation: s.ignorePunctuation,
        collation: s.collation, numeric: s.numeric, caseFirst: s.caseFirst,
      };
    },
  });

  // ----- ListFormat --------------------------------------------------------
  const ListFormatSlots = new WeakMap();
  function ListFormat(locales = undefined, options = undefined) {
    requireNew(new.target, 'ListFormat');
    currentCtor = 'ListFormat';
    const locale = resolveLocale(locales);
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    const type = getOption(options, 'type', ['conjunction', 'disjunction', 'unit'], 'conjunction');
    const style = getOption(options, 'style', ['long', 'short', 'narrow'], 'long');
    const self = ObjectCtor.create(new.target.prototype);
    ListFormatSlots.set(self, { locale, type, style });
    return self;
  }
  function stringList(list) {
    if (list === undefined) return [];
    const out = [];
    for (const item of list) {
      if (typeof item !== 'string') throw new TypeError(`Iterable yielded ${describe(item)} which is not a string`);
      out.push(item);
    }
    return out;
  }
  function listParts(s, list) {
    const items = stringList(list);
    const r = natives.formatList(s.locale, s.type, s.style, items);
    const parts = [];
    for (let i = 0; i < r.length; i += 2) parts.push({ type: r[i], value: r[i + 1] });
    return parts;
  }
  defineClass('ListFormat', ListFormat, {
    format(list) {
      const s = slotsOf(this, ListFormatSlots, 'Intl.ListFormat.prototype.format');
      return joinParts(listParts(s, list));
    },
    formatToParts(list) {
      const s = slotsOf(this, ListFormatSlots, 'Intl.ListFormat.prototype.formatToParts');
      return listParts(s, list);
    },
    resolvedOptions() {
      const s = slotsOf(this, ListFormatSlots, 'Intl.ListFormat.prototype.resolvedOptions');
      return { locale: s.locale, type: s.type, style: s.style };
    },
  });

  // ----- RelativeTimeFormat (English words) ---------------------------------
  const RelativeTimeFormatSlots = new WeakMap();
  const RTF_UNITS = {
    second: ['second', 'sec.', 's'], minute: ['minute', 'min.', 'm'], hour: ['hour', 'hr.', 'h'],
    day: ['day', 'day', 'd'], week: ['week', 'wk.', 'w'], month: ['month', 'mo.', 'mo'],
    quarter: ['quarter', 'qtr.', 'q'], year: ['year', 'yr.', 'y'],
  };
  const RTF_PLURAL = { 'day': 'days', 'qtr.': 'qtrs.' };
  const RTF_AUTO = {
    second: { 0: 'now' }, minute: { 0: 'this minute' }, hour: { 0: 'this hour' },
    day: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' },
    week: { '-1': 'last week', 0: 'this week', 1: 'next week' },
    month: { '-1': 'last month', 0: 'this month', 1: 'next month' },
    quarter: { '-1': 'last quarter', 0: 'this quarter', 1: 'next quarter' },
    year: { '-1': 'last year', 0: 'this year', 1: 'next year' },
  };
  const RTF_AUTO_SHORT = { week: 'wk.', month: 'mo.', quarter: 'qtr.', year: 'yr.' };
  function RelativeTimeFormat(locales = undefined, options = undefined) {
    requireNew(new.target, 'RelativeTimeFormat');
    currentCtor = 'RelativeTimeFormat';
    const locale = resolveLocale(locales);
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    getOption(options, 'numberingSystem', undefined, undefined);
    const style = getOption(options, 'style', ['long', 'short', 'narrow'], 'long');
    const numeric = getOption(options, 'numeric', ['always', 'auto'], 'always');
    const self = ObjectCtor.create(new.target.prototype);
    const nf = new NumberFormat(locale);
    RelativeTimeFormatSlots.set(self, { locale, style, numeric, numberingSystem: 'latn', nf: NumberFormatSlots.get(nf) });
    return self;
  }
  function rtfParts(s, value, unit, method) {
    value = Number(value);
    if (!Number.isFinite(value)) throw new RangeError(`Value need to be finite number for Intl.RelativeTimeFormat.prototype.${method}()`);
    unit = String(unit);
    const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
    const names = RTF_UNITS[singular];
    if (names === undefined) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.${method}() '${unit}'`);
    const negative = value < 0 || Object.is(value, -0);
    if (s.numeric === 'auto') {
      const key = Object.is(value, -0) ? 0 : value;
      let word = RTF_AUTO[singular][key];
      if (word !== undefined) {
        if (s.style !== 'long' && RTF_AUTO_SHORT[singular]) word = word.replace(singular, RTF_AUTO_SHORT[singular]);
        return [{ type: 'literal', value: word }];
      }
    }
    const abs = Math.abs(value);
    const numberParts = formatNumberParts(s.nf, abs).map((p) => ({ type: p.type, value: p.value, unit: singular }));
    const one = joinParts(numberParts) === '1';
    let word;
    if (s.style === 'long') word = ' ' + names[0] + (one ? '' : 's');
    else if (s.style === 'short') word = ' ' + (one ? names[1] : RTF_PLURAL[names[1]] || names[1]);
    else word = names[2];
    if (negative) return [...numberParts, { type: 'literal', value: word + ' ago' }];
    return [{ type: 'literal', value: 'in ' }, ...numberParts, { type: 'literal', value: word }];
  }
  defineClass('RelativeTimeFormat', RelativeTimeFormat, {
    format(value, unit) {
      const s = slotsOf(this, RelativeTimeFormatSlots, 'Intl.RelativeTimeFormat.prototype.format');
      return joinParts(rtfParts(s, value, unit, 'format'));
    },
    formatToParts(value, unit) {
      const s = slotsOf(this, RelativeTimeFormatSlots, 'Intl.RelativeTimeFormat.prototype.formatToParts');
      return rtfParts(s, value, unit, 'formatToParts');
    },
    resolvedOptions() {
      const s = slotsOf(this, RelativeTimeFormatSlots, 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
      return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: s.numberingSystem };
    },
  });

  // ----- DateTimeFormat (English patterns) ----------------------------------
  const DateTimeFormatSlots = new WeakMap();
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const COMPONENTS = ['weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName'];
  function canonicalTimeZone(tz) {
    const upper = tz.toUpperCase();
    if (upper === 'UTC' || upper === 'ETC/UTC' || upper === 'GMT' || upper === 'ETC/GMT' || upper === 'ETC/UCT' || upper === 'UCT' || upper === 'ZULU' || upper === 'ETC/ZULU' || upper === 'ETC/UNIVERSAL' || upper === 'UNIVERSAL' || upper === 'ETC/GREENWICH' || upper === 'GREENWICH' || upper === 'ETC/GMT0' || upper === 'GMT0' || upper === 'ETC/GMT+0' || upper === 'ETC/GMT-0' || upper === 'GMT+0' || upper === 'GMT-0') return 'UTC';
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz);
    if (m) return `${m[1]}${m[2]}:${m[3]}`;
    return natives.timeZoneName(tz);
  }
  function DateTimeFormat(locales = undefined, options = undefined) {
    currentCtor = 'DateTimeFormat';
    const self = ObjectCtor.create(new.target === undefined ? DateTimeFormat.prototype : new.target.prototype);
    DateTimeFormatSlots.set(self, createDateTimeFormat(locales, options, 'any', 'date'));
    return self;
  }
  function createDateTimeFormat(locales, options, required, defaults) {
    const locale = resolveLocale(locales);
    options = getOptionsObject(options);
    getOption(options, 'localeMatcher', ['lookup', 'best fit'], 'best fit');
    getOption(options, 'calendar', undefined, undefined);
    getOption(options, 'numberingSystem', undefined, undefined);
    const hour12 = options.hour12 === undefined ? undefined : !!options.hour12;
    let hourCycle = getOption(options, 'hourCycle', ['h11', 'h12', 'h23', 'h24'], undefined);
    let timeZone = options.timeZone;
    if (timeZone === undefined) timeZone = natives.defaultTimeZone();
    else {
      timeZone = String(timeZone);
      const canon = canonicalTimeZone(timeZone);
      if (canon === undefined) throw new RangeError(`Invalid time zone specified: ${timeZone}`);
      timeZone = canon;
    }
    const s = { locale, calendar: 'gregory', numberingSystem: 'latn', timeZone };
    s.weekday = getOption(options, 'weekday', ['narrow', 'short', 'long'], undefined);
    s.era = getOption(options, 'era', ['narrow', 'short', 'long'], undefined);
    s.year = getOption(options, 'year', ['2-digit', 'numeric'], undefined);
    s.month = getOption(options, 'month', ['2-digit', 'numeric', 'narrow', 'short', 'long'], undefined);
    s.day = getOption(options, 'day', ['2-digit', 'numeric'], undefined);
    s.dayPeriod = getOption(options, 'dayPeriod', ['narrow', 'short', 'long'], undefined);
    s.hour = getOption(options, 'hour', ['2-digit', 'numeric'], undefined);
    s.minute = getOption(options, 'minute', ['2-digit', 'numeric'], undefined);
    s.second = getOption(options, 'second', ['2-digit', 'numeric'], undefined);
    s.fractionalSecondDigits = getNumberOption(options, 'fractionalSecondDigits', 1, 3, undefined);
    s.timeZoneName = getOption(options, 'timeZoneName', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'], undefined);
    getOption(options, 'formatMatcher', ['basic', 'best fit'], 'best fit');
    const dateStyle = getOption(options, 'dateStyle', ['full', 'long', 'medium', 'short'], undefined);
    const timeStyle = getOption(options, 'timeStyle', ['full', 'long', 'medium', 'short'], undefined);
    const hasComponent = COMPONENTS.some((c) => s[c] !== undefined);
    if ((dateStyle !== undefined || timeStyle !== undefined) && hasComponent) {
      throw new TypeError('Invalid option : option');
    }
    s.dateStyle = dateStyle;
    s.timeStyle = timeStyle;
    if (dateStyle === undefined && timeStyle === undefined) {
      let needDefaults = true;
      if ((required === 'date' || required === 'any') && (s.weekday || s.year || s.month || s.day)) needDefaults = false;
      if ((required === 'time' || required === 'any') && (s.dayPeriod || s.hour || s.minute || s.second || s.fractionalSecondDigits)) needDefaults = false;
      if (needDefaults && (defaults === 'date' || defaults === 'all')) s.year = s.month = s.day = 'numeric';
      if (needDefaults && (defaults === 'time' || defaults === 'all')) s.hour = s.minute = s.second = 'numeric';
    }
    const usesHour = s.hour !== undefined || timeStyle !== undefined;
    if (usesHour) {
      if (hour12 !== undefined) hourCycle = hour12 ? 'h12' : 'h23';
      else if (hourCycle === undefined) hourCycle = 'h12';
      s.hourCycle = hourCycle;
      s.hour12 = hourCycle === 'h11' || hourCycle === 'h12';
      if (!s.hour12 && s.hour === 'numeric') s.hour = '2-digit';
    }
    if (s.minute === 'numeric' && s.hour !== undefined) s.minute = '2-digit';
    if (s.second === 'numeric' && s.minute !== undefined) s.second = '2-digit';
    return s;
  }
  function dateFields(s, t) {
    let offsetMinutes;
    let abbreviation;
    if (s.timeZone === 'UTC') offsetMinutes = 0;
    else {
      const m = /^([+-])(\d{2}):(\d{2})$/.exec(s.timeZone);
      if (m) offsetMinutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
      else {
        const r = natives.timeZoneOffset(s.timeZone, t);
        offsetMinutes = r[0];
        abbreviation = r[1];
      }
    }
    const d = new Date(t + offsetMinutes * 60000);
    return {
      year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(),
      hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), offsetMinutes, abbreviation,
    };
  }
  const pad2 = (n) => (n < 10 ? '0' : '') + n;
  function tzName(s, f, style) {
    if (s.timeZone === 'UTC') {
      if (style === 'long' || style === 'longGeneric') return 'Coordinated Universal Time';
      if (style === 'longOffset') return 'GMT';
      return style === 'shortOffset' ? 'GMT' : 'UTC';
    }
    const o = f.offsetMinutes;
    // en-US names the North American zones by their abbreviation.
    if ((style === 'short' || style === 'shortGeneric') && f.abbreviation && /^(America|US|Canada)\//.test(s.timeZone) && /^[A-Z]{2,4}T$/.test(f.abbreviation)) {
      return style === 'short' ? f.abbreviation : f.abbreviation.replace(/[SD]T$/, 'T');
    }
    if (o === 0) return 'GMT';
    const sign = o < 0 ? '-' : '+';
    const h = Math.floor(Math.abs(o) / 60);
    const m = Math.abs(o) % 60;
    if (style === 'longOffset') return `GMT${sign}${pad2(h)}:${pad2(m)}`;
    return `GMT${sign}${h}${m ? ':' + pad2(m) : ''}`;
  }
  function datePartsOf(s, f, o) {
    const parts = [];
    const lit = (v) => parts.push({ type: 'literal', value: v });
    const monthText = o.month === 'long' ? MONTHS[f.month] : o.month === 'short' ? MONTHS[f.month].slice(0, 3) : o.month === 'narrow' ? MONTHS[f.month][0] : undefined;
    const year = o.year === '2-digit' ? pad2(f.year % 100) : String(f.year);
    const day = o.day === '2-digit' ? pad2(f.day) : String(f.day);
    const weekday = o.weekday === 'long' ? DAYS[f.weekday] : o.weekday === 'short' ? DAYS[f.weekday].slice(0, 3) : o.weekday === 'narrow' ? DAYS[f.weekday][0] : undefined;
    if (weekday !== undefined) {
      parts.push({ type: 'weekday', value: weekday });
      if (o.month || o.day || o.year) lit(', ');
    }
    if (monthText !== undefined) {
      parts.push({ type: 'month', value: monthText });
      if (o.day) { lit(' '); parts.push({ type: 'day', value: day }); }
      if (o.year) { lit(o.day ? ', ' : ' '); parts.push({ type: 'year', value: year }); }
    } else {
      const seq = [];
      if (o.month) seq.push({ type: 'month', value: o.month === '2-digit' ? pad2(f.month + 1) : String(f.month + 1) });
      if (o.day) seq.push({ type: 'day', value: day });
      if (o.year) seq.push({ type: 'year', value: year });
      seq.forEach((p, i) => { if (i) lit('/'); parts.push(p); });
    }
    if (o.era) { lit(' '); parts.push({ type: 'era', value: f.year > 0 ? (o.era === 'long' ? 'Anno Domini' : o.era === 'narrow' ? 'A' : 'AD') : (o.era === 'long' ? 'Before Christ' : o.era === 'narrow' ? 'B' : 'BC') }); }
    return parts;
  }
  function timePartsOf(s, f, o) {
    const parts = [];
    const lit = (v) => parts.push({ type: 'literal', value: v });
    const h12 = s.hourCycle === 'h11' || s.hourCycle === 'h12';
    if (o.hour) {
      let h = f.hour;
      if (s.hourCycle === 'h12') h = h % 12 || 12;
      else if (s.hourCycle === 'h11') h = h % 12;
      else if (s.hourCycle === 'h24') h = h || 24;
      parts.push({ type: 'hour', value: o.hour === '2-digit' ? pad2(h) : String(h) });
    }
    if (o.minute) {
      if (o.hour) lit(':');
      parts.push({ type: 'minute', value: o.hour || o.minute === '2-digit' ? pad2(f.minute) : String(f.minute) });
    }
    if (o.second) {
      if (o.minute || o.hour) lit(':');
      parts.push({ type: 'second', value: o.minute || o.second === '2-digit' ? pad2(f.second) : String(f.second) });
    }
    if (o.fractionalSecondDigits) {
      lit('.');
      parts.push({ type: 'fractionalSecond', value: String(f.ms).padStart(3, '0').slice(0, o.fractionalSecondDigits) });
    }
    if (o.hour && h12) {
      lit(' ');
      parts.push({ type: 'dayPeriod', value: f.hour < 12 ? 'AM' : 'PM' });
    }
    if (o.timeZoneName) {
      lit(' ');
      parts.push({ type: 'timeZoneName', value: tzName(s, f, o.timeZoneName) });
    }
    return parts;
  }
  const DATE_STYLES = {
    full: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
    long: { month: 'long', day: 'numeric', year: 'numeric' },
    medium: { month: 'short', day: 'numeric', year: 'numeric' },
    short: { month: 'numeric', day: 'numeric', year: '2-digit' },
  };
  const TIME_STYLES = {
    full: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'long' },
    long: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' },
    medium: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
    short: { hour: 'numeric', minute: '2-digit' },
  };
  function toTimeValue(date) {
    let t = date === undefined ? Date.now() : Number(date);
    if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) throw new RangeError('Invalid time value');
    return Math.trunc(t) + 0;
  }
  function formatDateParts(s, date) {
    const t = toTimeValue(date);
    const f = dateFields(s, t);
    let d;
    let tm;
    let sep = ', ';
    if (s.dateStyle !== undefined || s.timeStyle !== undefined) {
      d = s.dateStyle && DATE_STYLES[s.dateStyle];
      tm = s.timeStyle && TIME_STYLES[s.timeStyle];
      if (s.dateStyle === 'full' || s.dateStyle === 'long') sep = ' at ';
    } else {
      d = { weekday: s.weekday, era: s.era, year: s.year, month: s.month, day: s.day };
      tm = { hour: s.hour, minute: s.minute, second: s.second, fractionalSecondDigits: s.fractionalSecondDigits, timeZoneName: s.timeZoneName };
      if (!(d.weekday || d.era || d.year || d.month || d.day)) d = undefined;
      if (!(tm.hour || tm.minute || tm.second || tm.fractionalSecondDigits || tm.timeZoneName)) tm = undefined;
    }
    const dp = d ? datePartsOf(s, f, d) : [];
    const tp = tm ? timePartsOf(s, f, tm) : [];
    if (dp.length && tp.length) return [...dp, { type: 'literal', value: sep }, ...tp];
    return dp.length ? dp : tp;
  }
  defineClass('DateTimeFormat', DateTimeFormat, {
    get format() {
      const s = slotsOf(this, DateTimeFormatSlots, 'get Intl.DateTimeFormat.prototype.format');
      if (s.bound === undefined) s.bound = nativeName((date = undefined) => joinParts(formatDateParts(s, date)), '');
      return s.bound;
    },
    formatToParts(date = undefined) {
      const s = slotsOf(this, DateTimeFormatSlots, 'Intl.DateTimeFormat.prototype.formatToParts');
      return formatDateParts(s, date);
    },
    formatRange(start, end) {
      const s = slotsOf(this, DateTimeFormatSlots, 'Intl.DateTimeFormat.prototype.formatRange');
      const a = joinParts(formatDateParts(s, start));
      const b = joinParts(formatDateParts(s, end));
      return a === b ? a : `${a} – ${b}`;
    },
    resolvedOptions() {
      const s = slotsOf(this, DateTimeFormatSlots, 'Intl.DateTimeFormat.prototype.resolvedOptions');
      const out = { locale: s.locale, calendar: s.calendar, numberingSystem: s.numberingSystem, timeZone: s.timeZone };
      if (s.hourCycle !== undefined) { out.hourCycle = s.hourCycle; out.hour12 = s.hour12; }
      for (const k of ['weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName', 'dateStyle', 'timeStyle']) {
        if (s[k] !== undefined) out[k] = s[k];
      }
      return out;
    },
  });

  // ----- Locale (the parts most code reads) ---------------------------------
  function Locale(tag, options = undefined) {
    requireNew(new.target, 'Locale');
    if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
      throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
    }
    const l = internalsOf(tag, LocaleSlots);
    const canon = natives.canonicalizeLocale(l ? l.tag : String(tag));
    if (canon === undefined) throw new RangeError('Incorrect locale information provided');
    const self = ObjectCtor.create(new.target.prototype);
    LocaleSlots.set(self, { tag: canon });
    return self;
  }
  function localePart(name, i) {
    return {
      get() {
        const s = slotsOf(this, LocaleSlots, `get Intl.Locale.prototype.${name}`);
        return natives.localeParts(s.tag)[i];
      },
    };
  }
  const localeProto = {
    toString() {
      return slotsOf(this, LocaleSlots, 'Intl.Locale.prototype.toString').tag;
    },
    maximize() {
      return new Locale(slotsOf(this, LocaleSlots, 'Intl.Locale.prototype.maximize').tag);
    },
    minimize() {
      return new Locale(slotsOf(this, LocaleSlots, 'Intl.Locale.prototype.minimize').tag);
    },
  };
  defineClass('Locale', Locale, localeProto);
  for (const [name, i] of [['baseName', 0], ['language', 1], ['script', 2], ['region', 3]]) {
    defineProperty(Locale.prototype, name, { ...localePart(name, i), enumerable: false, configurable: true });
  }

  // V8's order of Intl's properties.
  for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Locale', 'Segmenter']) {
    const d = ObjectCtor.getOwnPropertyDescriptor(Intl, name);
    delete Intl[name];
    defineProperty(Intl, name, d);
  }

  // ----- the built-ins' locale methods ---------------------------------------
  let defaultNumberFormat;
  let defaultCollator;
  return {
    Intl,
    number(x, locales, options) {
      if (locales === undefined && options === undefined) {
        if (defaultNumberFormat === undefined) defaultNumberFormat = NumberFormatSlots.get(new NumberFormat());
        return joinParts(formatNumberParts(defaultNumberFormat, x));
      }
      return joinParts(formatNumberParts(NumberFormatSlots.get(new NumberFormat(locales, options)), x));
    },
    compare(a, that, locales, options) {
      if (locales === undefined && options === undefined) {
        if (defaultCollator === undefined) defaultCollator = CollatorSlots.get(new Collator());
        return collatorCompare(defaultCollator, a, that);
      }
      return collatorCompare(CollatorSlots.get(new Collator(locales, options)), a, that);
    },
    date(kind, d, locales, options) {
      const t = d.getTime();
      if (Number.isNaN(t)) return 'Invalid Date';
      const s = createDateTimeFormat(locales, options, kind === 'date' ? 'date' : kind === 'time' ? 'time' : 'any', kind === 'date' ? 'date' : kind === 'time' ? 'time' : 'all');
      return joinParts(formatDateParts(s, t));
    },
  };
})
