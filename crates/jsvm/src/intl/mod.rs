//! `Intl` in every context, as V8 gives one to each (patch 0060).
//!
//! The global `Intl` of each realm is a placeholder property; its first
//! read (or the first `toLocaleString` / `localeCompare` in that realm)
//! runs `intl.js` there with the natives below and keeps what it returns
//! as the realm's host value. Segmentation, number formatting, plural
//! rules, collation and list patterns come from ICU4X and its compiled
//! CLDR data; the JavaScript side implements the ECMA-402 option handling
//! and the English date and relative-time patterns.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use fixed_decimal::{Decimal, SignedRoundingMode, UnsignedRoundingMode};
use icu_collator::options::{AlternateHandling, CaseLevel, CollatorOptions, Strength};
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::DecimalFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::ListFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use icu_segmenter::options::{SentenceBreakInvariantOptions, WordBreakInvariantOptions};
use icu_segmenter::{GraphemeClusterSegmenter, SentenceSegmenter, WordSegmenter};
use jsvm_engine::{Context, HostBuiltins, JsResult, LocaleOp, Value};
use writeable::{Part, PartsWrite, Writeable};

const SOURCE: &str = include_str!("intl.js");

/// The host built-ins of every context of an isolate.
pub(crate) struct IntlBuiltins;

impl HostBuiltins for IntlBuiltins {
    fn autoinit(&self, ctx: &Context, name: &str) -> JsResult<Value> {
        if name != "Intl" {
            return Ok(ctx.undefined());
        }
        let internals = internals(ctx)?;
        ctx.get(&internals, "Intl")
    }

    fn locale(&self, ctx: &Context, op: LocaleOp, this: &Value, args: &[Value]) -> JsResult<Value> {
        let internals = internals(ctx)?;
        let arg = |i: usize| args.get(i).cloned().unwrap_or_else(|| ctx.undefined());
        match op {
            LocaleOp::Number | LocaleOp::BigInt => {
                let f = ctx.get(&internals, "number")?;
                ctx.call(&f, &internals, &[this.clone(), arg(0), arg(1)])
            }
            LocaleOp::Compare => {
                let f = ctx.get(&internals, "compare")?;
                ctx.call(&f, &internals, &[this.clone(), arg(0), arg(1), arg(2)])
            }
            LocaleOp::Date | LocaleOp::DateDate | LocaleOp::DateTime => {
                let kind = match op {
                    LocaleOp::DateDate => "date",
                    LocaleOp::DateTime => "time",
                    _ => "any",
                };
                let f = ctx.get(&internals, "date")?;
                ctx.call(
                    &f,
                    &internals,
                    &[ctx.string(kind)?, this.clone(), arg(0), arg(1)],
                )
            }
        }
    }
}

/// Defines the `Intl` placeholder on a new realm's global object.
pub(crate) fn define(ctx: &Context) -> JsResult<()> {
    ctx.define_host_autoinit(
        &ctx.global(),
        "Intl",
        jsvm_engine::flags::WRITABLE | jsvm_engine::flags::CONFIGURABLE,
    )
    .map(drop)
}

/// The realm's Intl internals, made on first use.
fn internals(ctx: &Context) -> JsResult<Value> {
    let v = ctx.host_value();
    if !v.is_undefined() {
        return Ok(v);
    }
    // intl.js is compiled once per thread; other realms read its bytecode
    // back (the engine binds compiled code to one realm).
    thread_local! {
        static COMPILED: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
    }
    let cached = COMPILED.with(|c| c.borrow().clone());
    let code = match cached {
        // SAFETY: the bytes were written by this engine build, in this
        // process, from intl.js.
        Some(bytes) => unsafe { ctx.read_compiled(&bytes)? },
        None => {
            let opts = jsvm_engine::EvalOptions {
                filename: "node:internal/intl",
                ..Default::default()
            };
            // Without the source text, which each function would keep a
            // copy of in every realm (`toString` reads as native code).
            let bytes = ctx.write_compiled_without_source(&ctx.compile(SOURCE, &opts)?)?;
            // SAFETY: as above.
            let code = unsafe { ctx.read_compiled(&bytes)? };
            COMPILED.with(|c| *c.borrow_mut() = Some(bytes));
            code
        }
    };
    let make = ctx.run_compiled(&code)?;
    let natives = natives(ctx)?;
    let internals = ctx.call(&make, &ctx.undefined(), &[natives])?;
    ctx.set_host_value(internals.clone())?;
    Ok(internals)
}

fn natives(ctx: &Context) -> JsResult<Value> {
    let n = ctx.new_object()?;
    let def =
        |name: &str, len: i32, f: fn(&Context, &[Value]) -> JsResult<Value>| -> JsResult<()> {
            let func = ctx.new_function(name, len, move |c, _, args| f(c, args))?;
            ctx.set(&n, name, func)
        };
    def("canonicalizeLocale", 1, canonicalize_locale)?;
    def("isSupportedLocale", 1, is_supported_locale)?;
    def("localeParts", 1, locale_parts)?;
    def("supportedValues", 1, supported_values)?;
    def("segment", 2, segment)?;
    def("formatNumber", 12, format_number)?;
    def("pluralSelect", 3, plural_select)?;
    def("pluralCategories", 2, plural_categories)?;
    def("compare", 7, compare)?;
    def("formatList", 4, format_list)?;
    def("defaultTimeZone", 0, default_time_zone)?;
    def("timeZoneName", 1, time_zone_name)?;
    def("timeZoneOffset", 2, time_zone_offset)?;
    Ok(n)
}

fn str_arg(ctx: &Context, args: &[Value], i: usize) -> JsResult<String> {
    match args.get(i) {
        Some(v) => ctx.to_rust_string(v),
        None => Ok(String::new()),
    }
}

fn int_arg(ctx: &Context, args: &[Value], i: usize) -> JsResult<i32> {
    match args.get(i) {
        Some(v) => Ok(ctx.to_number(v)? as i32),
        None => Ok(-1),
    }
}

fn locale_of(tag: &str) -> Locale {
    Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN)
}

fn canonicalize_locale(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let tag = str_arg(ctx, args, 0)?;
    if tag.contains('_') {
        return Ok(ctx.undefined());
    }
    match Locale::try_from_str(&tag) {
        Ok(l) if !l.id.language.is_unknown() || tag.starts_with("und") => {
            ctx.string(&l.to_string())
        }
        _ => Ok(ctx.undefined()),
    }
}

/// Languages with CLDR number and list data (the modern coverage set).
const LANGUAGES: &[&str] = &[
    "af", "am", "ar", "as", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en",
    "es", "et", "eu", "fa", "fi", "fil", "fr", "ga", "gl", "gu", "he", "hi", "hr", "hu", "hy",
    "id", "is", "it", "ja", "ka", "kk", "km", "kn", "ko", "ky", "lo", "lt", "lv", "mk", "ml", "mn",
    "mr", "ms", "my", "nb", "ne", "nl", "no", "or", "pa", "pl", "pt", "ro", "ru", "si", "sk", "sl",
    "sq", "sr", "sv", "sw", "ta", "te", "th", "tr", "uk", "ur", "uz", "vi", "zh", "zu",
];

fn is_supported_locale(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let tag = str_arg(ctx, args, 0)?;
    let ok = Locale::try_from_str(&tag)
        .map(|l| LANGUAGES.contains(&l.id.language.as_str()))
        .unwrap_or(false);
    Ok(ctx.boolean(ok))
}

fn locale_parts(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let l = locale_of(&str_arg(ctx, args, 0)?);
    let opt = |s: Option<String>| match s {
        Some(s) => ctx.string(&s),
        None => Ok(ctx.undefined()),
    };
    ctx.array_from([
        ctx.string(&l.id.to_string())?,
        ctx.string(l.id.language.as_str())?,
        opt(l.id.script.map(|s| s.as_str().to_string()))?,
        opt(l.id.region.map(|s| s.as_str().to_string()))?,
    ])
}

fn supported_values(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let key = str_arg(ctx, args, 0)?;
    let list = match key.as_str() {
        "calendar" => CALENDARS,
        "collation" => COLLATIONS,
        "currency" => CURRENCIES,
        "numberingSystem" => NUMBERING_SYSTEMS,
        "timeZone" => TIME_ZONES,
        "unit" => UNITS,
        _ => return Ok(ctx.undefined()),
    };
    let items: JsResult<Vec<Value>> = list.split(' ').map(|s| ctx.string(s)).collect();
    ctx.array_from(items?)
}

mod values;
use values::{CALENDARS, COLLATIONS, CURRENCIES, NUMBERING_SYSTEMS, TIME_ZONES, UNITS};

// ----- segmentation ------------------------------------------------------

/// `[boundaries, wordLike]`: the segment boundaries in UTF-16 code units
/// (from 0 to the length), and for words whether each segment is word-like.
fn segment(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let granularity = str_arg(ctx, args, 0)?;
    let s = match args.get(1) {
        Some(v) => ctx.to_utf16(v)?,
        None => vec![],
    };
    let mut bounds = Vec::new();
    let mut word_like = Vec::new();
    match granularity.as_str() {
        "word" => {
            let seg =
                WordSegmenter::new_for_non_complex_scripts(WordBreakInvariantOptions::default());
            let mut it = seg.segment_utf16(&s);
            while let Some(b) = it.next() {
                if b > 0 {
                    word_like.push(ctx.boolean(it.is_word_like()));
                }
                bounds.push(ctx.number(b as f64));
            }
        }
        "sentence" => {
            let seg = SentenceSegmenter::new(SentenceBreakInvariantOptions::default());
            for b in seg.segment_utf16(&s) {
                bounds.push(ctx.number(b as f64));
            }
        }
        _ => {
            for b in GraphemeClusterSegmenter::new().segment_utf16(&s) {
                bounds.push(ctx.number(b as f64));
            }
        }
    }
    if bounds.is_empty() {
        bounds.push(ctx.number(0.0));
    }
    ctx.array_from([ctx.array_from(bounds)?, ctx.array_from(word_like)?])
}

// ----- numbers -----------------------------------------------------------

thread_local! {
    static DECIMAL_FORMATTERS: RefCell<HashMap<(String, u8), Rc<DecimalFormatter>>> =
        RefCell::new(HashMap::new());
    static COLLATORS: RefCell<HashMap<String, Rc<CollatorBorrowed<'static>>>> =
        RefCell::new(HashMap::new());
    static PLURAL_RULES: RefCell<HashMap<(String, bool), Rc<PluralRules>>> =
        RefCell::new(HashMap::new());
}

fn decimal_formatter(locale: &str, grouping: &str) -> Option<Rc<DecimalFormatter>> {
    let (g, strategy) = match grouping {
        "never" => (0, GroupingStrategy::Never),
        "always" => (1, GroupingStrategy::Always),
        "min2" => (2, GroupingStrategy::Min2),
        _ => (3, GroupingStrategy::Auto),
    };
    DECIMAL_FORMATTERS.with(|m| {
        let key = (locale.to_string(), g);
        if let Some(f) = m.borrow().get(&key) {
            return Some(f.clone());
        }
        let mut opts = DecimalFormatterOptions::default();
        opts.grouping_strategy = Some(strategy);
        let f = Rc::new(DecimalFormatter::try_new((&locale_of(locale)).into(), opts).ok()?);
        m.borrow_mut().insert(key, f.clone());
        Some(f)
    })
}

fn rounding_mode(name: &str) -> SignedRoundingMode {
    use SignedRoundingMode as S;
    use UnsignedRoundingMode as U;
    match name {
        "ceil" => S::Ceil,
        "floor" => S::Floor,
        "expand" => S::Unsigned(U::Expand),
        "trunc" => S::Unsigned(U::Trunc),
        "halfCeil" => S::HalfCeil,
        "halfFloor" => S::HalfFloor,
        "halfTrunc" => S::Unsigned(U::HalfTrunc),
        "halfEven" => S::Unsigned(U::HalfEven),
        _ => S::Unsigned(U::HalfExpand),
    }
}

/// Rounds `d` as ECMA-402's digit options say (fraction digits,
/// significant digits, and the rounding priority between them).
#[allow(clippy::too_many_arguments)]
fn round_decimal(
    d: &mut Decimal,
    min_int: i32,
    min_frac: i32,
    max_frac: i32,
    min_sig: i32,
    max_sig: i32,
    priority: &str,
    mode: SignedRoundingMode,
    strip_if_integer: bool,
) {
    let by_frac = |d: &Decimal| {
        let mut r = d.clone();
        if max_frac >= 0 {
            r.round_with_mode(-(max_frac as i16), mode);
        }
        r.absolute.trim_end();
        if min_frac > 0 {
            r.absolute.pad_end(-(min_frac as i16));
        }
        r
    };
    let by_sig = |d: &Decimal| {
        let mut r = d.clone();
        let top = r.absolute.nonzero_magnitude_start();
        if max_sig > 0 && !r.absolute.is_zero() {
            r.round_with_mode(top - max_sig as i16 + 1, mode);
        }
        r.absolute.trim_end();
        if min_sig > 0 {
            let top = if r.absolute.is_zero() {
                0
            } else {
                r.absolute.nonzero_magnitude_start()
            };
            r.absolute.pad_end(top - min_sig as i16 + 1);
        }
        r
    };
    let has_sig = min_sig > 0 || max_sig > 0;
    let has_frac = min_frac >= 0 || max_frac >= 0;
    let mut r = if has_sig && has_frac && priority != "auto" {
        let a = by_sig(d);
        let b = by_frac(d);
        // morePrecision keeps the one with more fraction digits
        let fa = -(a.absolute.magnitude_range().start().min(&0)).to_owned();
        let fb = -(b.absolute.magnitude_range().start().min(&0)).to_owned();
        if (priority == "morePrecision") == (fa >= fb) {
            a
        } else {
            b
        }
    } else if has_sig {
        by_sig(d)
    } else {
        by_frac(d)
    };
    if strip_if_integer {
        let mut t = r.clone();
        t.absolute.trim_end();
        if *t.absolute.magnitude_range().start() >= 0 {
            r = t;
        }
    }
    if min_int > 1 {
        r.absolute.pad_start(min_int as i16);
    }
    *d = r;
}

/// `[negative, zero, type, value, ...]`: the rounded absolute value's parts
/// (integer, group, decimal, fraction) in the locale's symbols.
fn format_number(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let locale = str_arg(ctx, args, 0)?;
    let text = str_arg(ctx, args, 1)?;
    let shift = int_arg(ctx, args, 2)?;
    let min_int = int_arg(ctx, args, 3)?;
    let min_frac = int_arg(ctx, args, 4)?;
    let max_frac = int_arg(ctx, args, 5)?;
    let min_sig = int_arg(ctx, args, 6)?;
    let max_sig = int_arg(ctx, args, 7)?;
    let priority = str_arg(ctx, args, 8)?;
    let mode = rounding_mode(&str_arg(ctx, args, 9)?);
    let grouping = str_arg(ctx, args, 10)?;
    let strip = args.get(11).map(|v| ctx.to_bool(v)).unwrap_or(false);
    let Ok(mut d) = Decimal::try_from_str(&text.replace("e+", "e")) else {
        return Err(ctx.range_error("Invalid number"));
    };
    let negative = text.starts_with('-');
    if shift != 0 {
        d.multiply_pow10(shift as i16);
        d.absolute.trim_start();
    }
    round_decimal(
        &mut d, min_int, min_frac, max_frac, min_sig, max_sig, &priority, mode, strip,
    );
    let zero = d.absolute.is_zero();
    d.sign = fixed_decimal::Sign::None;
    let Some(f) = decimal_formatter(&locale, &grouping) else {
        return Err(ctx.range_error("Incorrect locale information provided"));
    };
    let mut sink = PartsSink::default();
    let _ = f.format(&d).write_to_parts(&mut sink);
    let mut out = vec![ctx.boolean(negative), ctx.boolean(zero)];
    for (t, v) in sink.finish() {
        out.push(ctx.string(t)?);
        out.push(ctx.string(&v)?);
    }
    ctx.array_from(out)
}

/// Collects a `Writeable`'s text by innermost part, in Intl's part names.
#[derive(Default)]
struct PartsSink {
    parts: Vec<(&'static str, String)>,
    stack: Vec<&'static str>,
}

fn intl_part(p: Part) -> &'static str {
    match p.value {
        "integer" => "integer",
        "group" => "group",
        "decimal" => "decimal",
        "fraction" => "fraction",
        "minusSign" => "minusSign",
        "plusSign" => "plusSign",
        "element" => "element",
        _ => "literal",
    }
}

impl fmt::Write for PartsSink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let t = self.stack.last().copied().unwrap_or("literal");
        match self.parts.last_mut() {
            Some((lt, v)) if *lt == t => v.push_str(s),
            _ => self.parts.push((t, s.to_string())),
        }
        Ok(())
    }
}

impl PartsWrite for PartsSink {
    type SubPartsWrite = PartsSink;
    fn with_part(
        &mut self,
        part: Part,
        mut f: impl FnMut(&mut Self::SubPartsWrite) -> fmt::Result,
    ) -> fmt::Result {
        self.stack.push(intl_part(part));
        // A new part starts a new entry even when the type repeats
        // (two list elements side by side).
        self.parts
            .push((self.stack.last().copied().unwrap(), String::new()));
        let r = f(self);
        self.stack.pop();
        r
    }
}

impl PartsSink {
    fn finish(self) -> Vec<(&'static str, String)> {
        self.parts
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }
}

fn plural_rules(locale: &str, ordinal: bool) -> Option<Rc<PluralRules>> {
    PLURAL_RULES.with(|m| {
        let key = (locale.to_string(), ordinal);
        if let Some(r) = m.borrow().get(&key) {
            return Some(r.clone());
        }
        let prefs = (&locale_of(locale)).into();
        let r = if ordinal {
            PluralRules::try_new_ordinal(prefs)
        } else {
            PluralRules::try_new_cardinal(prefs)
        };
        let r = Rc::new(r.ok()?);
        m.borrow_mut().insert(key, r.clone());
        Some(r)
    })
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

fn plural_select(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let locale = str_arg(ctx, args, 0)?;
    let ordinal = str_arg(ctx, args, 1)? == "ordinal";
    let digits = str_arg(ctx, args, 2)?;
    let Some(rules) = plural_rules(&locale, ordinal) else {
        return ctx.string("other");
    };
    let d = Decimal::try_from_str(&digits).unwrap_or_default();
    ctx.string(category_name(rules.category_for(&d)))
}

fn plural_categories(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let locale = str_arg(ctx, args, 0)?;
    let ordinal = str_arg(ctx, args, 1)? == "ordinal";
    let mut names = vec![];
    if let Some(rules) = plural_rules(&locale, ordinal) {
        for c in rules.categories() {
            names.push(ctx.string(category_name(c))?);
        }
    }
    ctx.array_from(names)
}

// ----- collation ---------------------------------------------------------

fn compare(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let locale = str_arg(ctx, args, 0)?;
    let sensitivity = str_arg(ctx, args, 1)?;
    let numeric = args.get(2).map(|v| ctx.to_bool(v)).unwrap_or(false);
    let case_first = str_arg(ctx, args, 3)?;
    let ignore_punctuation = args.get(4).map(|v| ctx.to_bool(v)).unwrap_or(false);
    let a = str_arg(ctx, args, 5)?;
    let b = str_arg(ctx, args, 6)?;
    let key = format!("{locale}|{sensitivity}|{numeric}|{case_first}|{ignore_punctuation}");
    let collator = COLLATORS.with(|m| {
        if let Some(c) = m.borrow().get(&key) {
            return Some(c.clone());
        }
        let mut tag = locale.clone();
        let mut ext = String::new();
        if numeric {
            ext.push_str("-kn");
        }
        if case_first == "upper" || case_first == "lower" {
            ext.push_str("-kf-");
            ext.push_str(&case_first);
        }
        if !ext.is_empty() {
            tag.push_str("-u");
            tag.push_str(&ext);
        }
        let prefs: CollatorPreferences = (&locale_of(&tag)).into();
        let mut opts = CollatorOptions::default();
        match sensitivity.as_str() {
            "base" => opts.strength = Some(Strength::Primary),
            "accent" => opts.strength = Some(Strength::Secondary),
            "case" => {
                opts.strength = Some(Strength::Primary);
                opts.case_level = Some(CaseLevel::On);
            }
            _ => opts.strength = Some(Strength::Tertiary),
        }
        if ignore_punctuation {
            opts.alternate_handling = Some(AlternateHandling::Shifted);
        }
        let c = Rc::new(CollatorBorrowed::try_new(prefs, opts).ok()?);
        m.borrow_mut().insert(key, c.clone());
        Some(c)
    });
    let Some(collator) = collator else {
        return Ok(ctx.int(a.cmp(&b) as i32));
    };
    Ok(ctx.int(collator.compare(&a, &b) as i32))
}

// ----- lists -------------------------------------------------------------

fn format_list(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let locale = str_arg(ctx, args, 0)?;
    let kind = str_arg(ctx, args, 1)?;
    let style = str_arg(ctx, args, 2)?;
    let items_val = args.get(3).cloned().unwrap_or_else(|| ctx.undefined());
    let len = ctx.to_number(&ctx.get(&items_val, "length")?)? as u32;
    let mut items = Vec::with_capacity(len as usize);
    for i in 0..len {
        items.push(ctx.to_rust_string(&ctx.get_index(&items_val, i)?)?);
    }
    let length = match style.as_str() {
        "short" => ListLength::Short,
        "narrow" => ListLength::Narrow,
        _ => ListLength::Wide,
    };
    let prefs = (&locale_of(&locale)).into();
    let opts = ListFormatterOptions::default().with_length(length);
    let f = match kind.as_str() {
        "disjunction" => ListFormatter::try_new_or(prefs, opts),
        "unit" => ListFormatter::try_new_unit(prefs, opts),
        _ => ListFormatter::try_new_and(prefs, opts),
    };
    let Ok(f) = f else {
        return Err(ctx.range_error("Incorrect locale information provided"));
    };
    let mut sink = PartsSink::default();
    let _ = f
        .format(items.iter().map(|s| s.as_str()))
        .write_to_parts(&mut sink);
    let mut out = vec![];
    for (t, v) in sink.finish() {
        out.push(ctx.string(t)?);
        out.push(ctx.string(&v)?);
    }
    ctx.array_from(out)
}

// ----- time zones --------------------------------------------------------

/// The process's time zone as Node reports it: `TZ`, else the zone
/// `/etc/localtime` links to, else UTC.
fn local_time_zone() -> String {
    let name = match std::env::var("TZ") {
        Ok(tz) if !tz.is_empty() => tz.trim_start_matches(':').to_string(),
        _ => std::fs::read_link("/etc/localtime")
            .ok()
            .and_then(|p| {
                let s = p.to_string_lossy().into_owned();
                s.split_once("zoneinfo/").map(|(_, z)| z.to_string())
            })
            .unwrap_or_else(|| "UTC".to_string()),
    };
    canonical_zone(&name).unwrap_or_else(|| "UTC".to_string())
}

fn canonical_zone(name: &str) -> Option<String> {
    let upper = name.to_ascii_uppercase();
    if matches!(
        upper.as_str(),
        "UTC"
            | "ETC/UTC"
            | "GMT"
            | "ETC/GMT"
            | "UCT"
            | "ETC/UCT"
            | "ZULU"
            | "ETC/ZULU"
            | "UNIVERSAL"
            | "ETC/UNIVERSAL"
            | "GREENWICH"
            | "ETC/GREENWICH"
            | "GMT0"
            | "ETC/GMT0"
    ) {
        return Some("UTC".to_string());
    }
    // ICU keeps the older name of a renamed zone as its canonical one.
    let name = ZONE_ALIASES
        .iter()
        .find(|(new, _)| new.eq_ignore_ascii_case(name))
        .map_or(name, |(_, old)| old);
    TIME_ZONES
        .split(' ')
        .find(|z| z.eq_ignore_ascii_case(name))
        .map(|z| z.to_string())
}

const ZONE_ALIASES: &[(&str, &str)] = &[
    ("Asia/Kolkata", "Asia/Calcutta"),
    ("Asia/Kathmandu", "Asia/Katmandu"),
    ("Asia/Ho_Chi_Minh", "Asia/Saigon"),
    ("Asia/Yangon", "Asia/Rangoon"),
    ("Europe/Kyiv", "Europe/Kiev"),
    ("America/Nuuk", "America/Godthab"),
    ("Atlantic/Faroe", "Atlantic/Faeroe"),
    ("Pacific/Chuuk", "Pacific/Truk"),
    ("Pacific/Pohnpei", "Pacific/Ponape"),
    ("Africa/Asmara", "Africa/Asmera"),
    ("America/Argentina/Buenos_Aires", "America/Buenos_Aires"),
    ("America/Indiana/Indianapolis", "America/Indianapolis"),
    ("America/Kentucky/Louisville", "America/Louisville"),
    ("America/Atikokan", "America/Coral_Harbour"),
];

fn default_time_zone(ctx: &Context, _args: &[Value]) -> JsResult<Value> {
    ctx.string(&local_time_zone())
}

fn time_zone_name(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let name = str_arg(ctx, args, 0)?;
    match canonical_zone(&name) {
        // Only the process's own zone (and UTC) can be converted to.
        Some(z) if z == local_time_zone() || z == "UTC" => ctx.string(&z),
        _ => Ok(ctx.undefined()),
    }
}

/// `[minutes east of UTC, abbreviation]` of the process's zone at time
/// `t` (ms).
fn time_zone_offset(ctx: &Context, args: &[Value]) -> JsResult<Value> {
    let t = args
        .get(1)
        .map(|v| ctx.to_number(v))
        .transpose()?
        .unwrap_or(0.0);
    let secs = (t / 1000.0).floor() as libc::time_t;
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&secs, &mut tm).is_null() };
    let off = if ok { tm.tm_gmtoff / 60 } else { 0 };
    let abbreviation = if ok && !tm.tm_zone.is_null() {
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    } else {
        String::new()
    };
    ctx.array_from([ctx.number(off as f64), ctx.string(&abbreviation)?])
}
