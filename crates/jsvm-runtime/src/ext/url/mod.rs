//! `node:url`'s natives: the WHATWG URL parser, setters and serialiser of
//! the `url` crate (its `quirks` module is the URL Standard's API), the
//! `application/x-www-form-urlencoded` parser and serialiser of
//! `form_urlencoded`, and domain names through `idna`.

use jsvm::{Context, JsResult, Value};
use url::{quirks, Url};

use crate::{arg, def};

/// `[href, origin, protocol, username, password, host, hostname, port,
/// pathname, search, hash]`, what url.js keeps of a URL.
fn components(c: &Context, u: &Url) -> JsResult<Value> {
    let parts = [
        quirks::href(u),
        &quirks::origin(u),
        quirks::protocol(u),
        quirks::username(u),
        quirks::password(u),
        quirks::host(u),
        quirks::hostname(u),
        quirks::port(u),
        quirks::pathname(u),
        quirks::search(u),
        quirks::hash(u),
    ];
    c.array_from(
        parts
            .iter()
            .map(|s| c.string(s))
            .collect::<JsResult<Vec<_>>>()?,
    )
}

fn parse(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(b) => Url::parse(b).ok()?.join(input).ok(),
        None => Url::parse(input).ok(),
    }
}

/// The protocol setter from a special scheme to `file`: the standard
/// allows it unless the URL has credentials or a port, the `url` crate
/// refuses it whenever there is a host. The URL it makes.
fn special_to_file(u: &Url, value: &str) -> Option<Url> {
    let scheme = value.split(':').next()?;
    if !scheme.eq_ignore_ascii_case("file")
        || u.scheme() == "file"
        || !matches!(u.scheme(), "http" | "https" | "ws" | "wss" | "ftp")
        || !u.username().is_empty()
        || u.password().is_some()
        || u.port().is_some()
    {
        return None;
    }
    let host = u.host_str()?;
    Url::parse(&format!("file://{host}{}", &u[url::Position::BeforePath..])).ok()
}

/// A string argument, or `None` when it is `undefined`.
fn opt_string(c: &Context, v: &Value) -> JsResult<Option<String>> {
    if v.is_undefined() {
        Ok(None)
    } else {
        c.to_rust_string(v).map(Some)
    }
}

pub(crate) fn make_url_binding(main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // parse(input, base?) -> components, or undefined when invalid
    def(main, &b, "parse", 2, move |c, _, a| {
        let input = c.to_rust_string(&arg(a, 0, c))?;
        let base = opt_string(c, &arg(a, 1, c))?;
        match parse(&input, base.as_deref()) {
            Some(u) => components(c, &u),
            None => Ok(c.undefined()),
        }
    })?;
    // canParse(input, base?) -> boolean
    def(main, &b, "canParse", 2, move |c, _, a| {
        let input = c.to_rust_string(&arg(a, 0, c))?;
        let base = opt_string(c, &arg(a, 1, c))?;
        Ok(c.boolean(parse(&input, base.as_deref()).is_some()))
    })?;
    // update(href, component, value) -> components, or undefined when the
    // setter refused (the href setter with an invalid URL)
    def(main, &b, "update", 3, move |c, _, a| {
        let href = c.to_rust_string(&arg(a, 0, c))?;
        let which = c.to_rust_string(&arg(a, 1, c))?;
        let value = c.to_rust_string(&arg(a, 2, c))?;
        let Ok(mut u) = Url::parse(&href) else {
            return Ok(c.undefined());
        };
        // The other setters ignore a value they cannot use, as the
        // standard says.
        match which.as_str() {
            "href" => {
                if quirks::set_href(&mut u, &value).is_err() {
                    return Ok(c.undefined());
                }
            }
            "protocol" => {
                let _ = quirks::set_protocol(&mut u, &value);
                if let Some(f) = special_to_file(&u, &value) {
                    u = f;
                }
            }
            "username" => {
                let _ = quirks::set_username(&mut u, &value);
            }
            "password" => {
                let _ = quirks::set_password(&mut u, &value);
            }
            "host" => {
                let _ = quirks::set_host(&mut u, &value);
            }
            "hostname" => {
                let _ = quirks::set_hostname(&mut u, &value);
            }
            "port" => {
                let _ = quirks::set_port(&mut u, &value);
            }
            "pathname" => quirks::set_pathname(&mut u, &value),
            "search" => quirks::set_search(&mut u, &value),
            "hash" => quirks::set_hash(&mut u, &value),
            _ => return Ok(c.undefined()),
        }
        components(c, &u)
    })?;
    // formDecode(query) -> [name, value, name, value, ...]
    def(main, &b, "formDecode", 1, move |c, _, a| {
        let q = c.to_rust_string(&arg(a, 0, c))?;
        let mut items = Vec::new();
        for (k, v) in form_urlencoded::parse(q.as_bytes()) {
            items.push(c.string(&k)?);
            items.push(c.string(&v)?);
        }
        c.array_from(items)
    })?;
    // formEncode([name, value, ...]) -> query
    def(main, &b, "formEncode", 1, move |c, _, a| {
        let list = arg(a, 0, c);
        let mut s = form_urlencoded::Serializer::new(String::new());
        let mut i = 0;
        loop {
            let k = c.get_index(&list, i)?;
            if k.is_undefined() {
                break;
            }
            let v = c.get_index(&list, i + 1)?;
            s.append_pair(&c.to_rust_string(&k)?, &c.to_rust_string(&v)?);
            i += 2;
        }
        c.string(&s.finish())
    })?;
    // The host of `ws://<domain>`, as Node's domainToASCII finds it.
    def(main, &b, "domainToASCII", 1, move |c, _, a| {
        let d = c.to_rust_string(&arg(a, 0, c))?;
        let host = Url::parse(&format!("ws://{d}"))
            .ok()
            .and_then(|u| u.host_str().map(str::to_string));
        c.string(&host.unwrap_or_default())
    })?;
    def(main, &b, "domainToUnicode", 1, move |c, _, a| {
        let d = c.to_rust_string(&arg(a, 0, c))?;
        let host = Url::parse(&format!("ws://{d}"))
            .ok()
            .and_then(|u| u.host_str().map(quirks::domain_to_unicode));
        c.string(&host.unwrap_or_default())
    })?;
    Ok(b)
}
