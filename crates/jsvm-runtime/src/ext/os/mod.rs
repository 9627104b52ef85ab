//! `node:os`'s natives: what libuv's `uv_os_*`, `uv_cpu_info`,
//! `uv_interface_addresses`, `uv_loadavg`, `uv_uptime` and the memory
//! queries read on Linux (uname, getpwuid_r, getifaddrs, /proc), with
//! libuv's sources and units.

use std::collections::HashMap;
use std::ffi::CStr;
use std::net::{Ipv4Addr, Ipv6Addr};

use jsvm::{Context, JsResult, Value};

use crate::{arg, def};

/// The errno names Node's `os.constants.errno` lists, in its order.
const ERRNO: &[(&str, i32)] = &[
    ("E2BIG", libc::E2BIG),
    ("EACCES", libc::EACCES),
    ("EADDRINUSE", libc::EADDRINUSE),
    ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL),
    ("EAFNOSUPPORT", libc::EAFNOSUPPORT),
    ("EAGAIN", libc::EAGAIN),
    ("EALREADY", libc::EALREADY),
    ("EBADF", libc::EBADF),
    ("EBADMSG", libc::EBADMSG),
    ("EBUSY", libc::EBUSY),
    ("ECANCELED", libc::ECANCELED),
    ("ECHILD", libc::ECHILD),
    ("ECONNABORTED", libc::ECONNABORTED),
    ("ECONNREFUSED", libc::ECONNREFUSED),
    ("ECONNRESET", libc::ECONNRESET),
    ("EDEADLK", libc::EDEADLK),
    ("EDESTADDRREQ", libc::EDESTADDRREQ),
    ("EDOM", libc::EDOM),
    ("EDQUOT", libc::EDQUOT),
    ("EEXIST", libc::EEXIST),
    ("EFAULT", libc::EFAULT),
    ("EFBIG", libc::EFBIG),
    ("EHOSTUNREACH", libc::EHOSTUNREACH),
    ("EIDRM", libc::EIDRM),
    ("EILSEQ", libc::EILSEQ),
    ("EINPROGRESS", libc::EINPROGRESS),
    ("EINTR", libc::EINTR),
    ("EINVAL", libc::EINVAL),
    ("EIO", libc::EIO),
    ("EISCONN", libc::EISCONN),
    ("EISDIR", libc::EISDIR),
    ("ELOOP", libc::ELOOP),
    ("EMFILE", libc::EMFILE),
    ("EMLINK", libc::EMLINK),
    ("EMSGSIZE", libc::EMSGSIZE),
    ("EMULTIHOP", libc::EMULTIHOP),
    ("ENAMETOOLONG", libc::ENAMETOOLONG),
    ("ENETDOWN", libc::ENETDOWN),
    ("ENETRESET", libc::ENETRESET),
    ("ENETUNREACH", libc::ENETUNREACH),
    ("ENFILE", libc::ENFILE),
    ("ENOBUFS", libc::ENOBUFS),
    ("ENODATA", libc::ENODATA),
    ("ENODEV", libc::ENODEV),
    ("ENOENT", libc::ENOENT),
    ("ENOEXEC", libc::ENOEXEC),
    ("ENOLCK", libc::ENOLCK),
    ("ENOLINK", libc::ENOLINK),
    ("ENOMEM", libc::ENOMEM),
    ("ENOMSG", libc::ENOMSG),
    ("ENOPROTOOPT", libc::ENOPROTOOPT),
    ("ENOSPC", libc::ENOSPC),
    ("ENOSR", libc::ENOSR),
    ("ENOSTR", libc::ENOSTR),
    ("ENOSYS", libc::ENOSYS),
    ("ENOTCONN", libc::ENOTCONN),
    ("ENOTDIR", libc::ENOTDIR),
    ("ENOTEMPTY", libc::ENOTEMPTY),
    ("ENOTSOCK", libc::ENOTSOCK),
    ("ENOTSUP", libc::ENOTSUP),
    ("ENOTTY", libc::ENOTTY),
    ("ENXIO", libc::ENXIO),
    ("EOPNOTSUPP", libc::EOPNOTSUPP),
    ("EOVERFLOW", libc::EOVERFLOW),
    ("EPERM", libc::EPERM),
    ("EPIPE", libc::EPIPE),
    ("EPROTO", libc::EPROTO),
    ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
    ("EPROTOTYPE", libc::EPROTOTYPE),
    ("ERANGE", libc::ERANGE),
    ("EROFS", libc::EROFS),
    ("ESPIPE", libc::ESPIPE),
    ("ESRCH", libc::ESRCH),
    ("ESTALE", libc::ESTALE),
    ("ETIME", libc::ETIME),
    ("ETIMEDOUT", libc::ETIMEDOUT),
    ("ETXTBSY", libc::ETXTBSY),
    ("EWOULDBLOCK", libc::EWOULDBLOCK),
    ("EXDEV", libc::EXDEV),
];

fn c_chars(chars: &[libc::c_char]) -> String {
    let bytes: Vec<u8> = chars
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// `[errno]` for a failed call: os.js makes Node's SystemError of it.
fn failure(c: &Context, errno: i32) -> JsResult<Value> {
    let (code, message) = crate::ext::fs::uv_error(errno);
    c.array_from([c.int(-errno), c.string(code)?, c.string(message)?])
}

/// A `/proc` file's `key: value kB` line, in bytes.
fn meminfo(key: &str) -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    text.lines().find_map(|l| {
        let rest = l.strip_prefix(key)?.strip_prefix(':')?;
        let kb: f64 = rest.trim().trim_end_matches("kB").trim().parse().ok()?;
        Some(kb * 1024.0)
    })
}

fn sysinfo() -> Option<libc::sysinfo> {
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    (unsafe { libc::sysinfo(&mut info) } == 0).then_some(info)
}

/// `[model, speed, user, nice, sys, idle, irq]` per CPU, as libuv reads
/// them: /proc/stat's `cpuN` lines (clock ticks, reported in ms), the
/// model names of /proc/cpuinfo, the speed of cpufreq (MHz, 0 if unknown).
fn cpus() -> Vec<(String, f64, [f64; 5])> {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ms = if ticks > 0 {
        1000.0 / ticks as f64
    } else {
        10.0
    };
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<String> = cpuinfo
        .lines()
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim() == "model name").then(|| v.trim().to_string())
        })
        .collect();
    let mut out = Vec::new();
    for line in stat.lines() {
        // `cpuN ...` lines; `cpu ...` is the sum of them all.
        let mut fields = line.split_whitespace();
        let Some(Ok(n)) = fields
            .next()
            .and_then(|f| f.strip_prefix("cpu"))
            .map(str::parse::<usize>)
        else {
            continue;
        };
        let v: Vec<f64> = fields.filter_map(|f| f.parse().ok()).collect();
        let get = |i: usize| v.get(i).copied().unwrap_or(0.0) * ms;
        // user nice system idle iowait irq
        let times = [get(0), get(1), get(2), get(3), get(5)];
        let model = models
            .get(n)
            .or(models.first())
            .cloned()
            .unwrap_or_else(|| "unknown".into());
        let speed = std::fs::read_to_string(format!(
            "/sys/devices/system/cpu/cpu{n}/cpufreq/scaling_cur_freq"
        ))
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .map(|khz| (khz / 1000.0).floor())
        .unwrap_or(0.0);
        out.push((model, speed, times));
    }
    out
}

/// One address of `uv_interface_addresses`: name, address, netmask,
/// family, mac, internal, scope id.
struct Address {
    name: String,
    address: String,
    netmask: String,
    v6: bool,
    internal: bool,
    scope_id: u32,
}

/// Hardware addresses by interface name.
type Macs = HashMap<String, [u8; 6]>;

fn interfaces() -> Result<(Vec<Address>, Macs), i32> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Err(last_errno());
    }
    let mut addrs = Vec::new();
    let mut macs = HashMap::new();
    let mut p = head;
    while !p.is_null() {
        // SAFETY: getifaddrs gives a valid list, freed below.
        let ifa = unsafe { &*p };
        p = ifa.ifa_next;
        let up = libc::IFF_UP as u32 | libc::IFF_RUNNING as u32;
        if ifa.ifa_flags & up != up || ifa.ifa_addr.is_null() {
            continue;
        }
        let name = unsafe { CStr::from_ptr(ifa.ifa_name) }
            .to_string_lossy()
            .into_owned();
        let family = i32::from(unsafe { (*ifa.ifa_addr).sa_family });
        let internal = ifa.ifa_flags & libc::IFF_LOOPBACK as u32 != 0;
        match family {
            libc::AF_PACKET => {
                let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
                let mut mac = [0u8; 6];
                mac.copy_from_slice(&ll.sll_addr[..6]);
                macs.insert(name, mac);
            }
            libc::AF_INET => {
                let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in) };
                let m = (!ifa.ifa_netmask.is_null())
                    .then(|| unsafe { &*(ifa.ifa_netmask as *const libc::sockaddr_in) });
                addrs.push(Address {
                    name,
                    address: Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr)).to_string(),
                    netmask: Ipv4Addr::from(m.map_or(0, |m| u32::from_be(m.sin_addr.s_addr)))
                        .to_string(),
                    v6: false,
                    internal,
                    scope_id: 0,
                });
            }
            libc::AF_INET6 => {
                let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in6) };
                let m = (!ifa.ifa_netmask.is_null())
                    .then(|| unsafe { &*(ifa.ifa_netmask as *const libc::sockaddr_in6) });
                addrs.push(Address {
                    name,
                    address: Ipv6Addr::from(a.sin6_addr.s6_addr).to_string(),
                    netmask: Ipv6Addr::from(m.map_or([0; 16], |m| m.sin6_addr.s6_addr)).to_string(),
                    v6: true,
                    internal,
                    scope_id: a.sin6_scope_id,
                });
            }
            _ => {}
        }
    }
    unsafe { libc::freeifaddrs(head) };
    Ok((addrs, macs))
}

/// The password entry of a user (`uv_os_get_passwd`).
struct Passwd {
    uid: u32,
    gid: u32,
    name: Vec<u8>,
    home: Vec<u8>,
    shell: Vec<u8>,
}

/// The password entry of the effective user.
fn passwd() -> Result<Passwd, i32> {
    let uid = unsafe { libc::geteuid() };
    let mut buf = vec![0 as libc::c_char; 4096];
    loop {
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let r = unsafe { libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut result) };
        if r == libc::ERANGE && buf.len() < 1 << 20 {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if r != 0 {
            return Err(r);
        }
        if result.is_null() {
            return Err(libc::ENOENT);
        }
        let s = |p: *const libc::c_char| {
            if p.is_null() {
                Vec::new()
            } else {
                unsafe { CStr::from_ptr(p) }.to_bytes().to_vec()
            }
        };
        return Ok(Passwd {
            uid: pw.pw_uid,
            gid: pw.pw_gid,
            name: s(pw.pw_name),
            home: s(pw.pw_dir),
            shell: s(pw.pw_shell),
        });
    }
}

pub(crate) fn make_os_binding(main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // uname(): [sysname, release, version, machine]
    def(main, &b, "uname", 0, move |c, _, _| {
        let mut u: libc::utsname = unsafe { std::mem::zeroed() };
        if unsafe { libc::uname(&mut u) } != 0 {
            return failure(c, last_errno());
        }
        c.array_from([
            c.string(&c_chars(&u.sysname))?,
            c.string(&c_chars(&u.release))?,
            c.string(&c_chars(&u.version))?,
            c.string(&c_chars(&u.machine))?,
        ])
    })?;
    def(main, &b, "hostname", 0, move |c, _, _| {
        let mut buf = [0 as libc::c_char; 256];
        if unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len()) } != 0 {
            return failure(c, last_errno());
        }
        c.string(&c_chars(&buf))
    })?;
    // libuv reads /proc/uptime (two decimals); sysinfo where it is missing.
    def(main, &b, "uptime", 0, move |c, _, _| {
        let proc_uptime = std::fs::read_to_string("/proc/uptime")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok());
        match proc_uptime.or_else(|| sysinfo().map(|i| i.uptime as f64)) {
            Some(u) => Ok(c.number(u)),
            None => failure(c, last_errno()),
        }
    })?;
    // libuv reads /proc/loadavg (two decimals); getloadavg where it is
    // missing.
    def(main, &b, "loadavg", 0, move |c, _, _| {
        let proc_loadavg = std::fs::read_to_string("/proc/loadavg").ok().and_then(|s| {
            let v: Vec<f64> = s
                .split_whitespace()
                .take(3)
                .filter_map(|x| x.parse().ok())
                .collect();
            <[f64; 3]>::try_from(v).ok()
        });
        let l = proc_loadavg.unwrap_or_else(|| {
            let mut l = [0f64; 3];
            if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
                l = [0.0; 3];
            }
            l
        });
        c.array_from(l.iter().map(|&x| c.number(x)))
    })?;
    def(main, &b, "totalmem", 0, move |c, _, _| {
        let v = meminfo("MemTotal")
            .or_else(|| sysinfo().map(|i| i.totalram as f64 * i.mem_unit as f64))
            .unwrap_or(0.0);
        Ok(c.number(v))
    })?;
    def(main, &b, "freemem", 0, move |c, _, _| {
        let v = meminfo("MemAvailable")
            .or_else(|| sysinfo().map(|i| i.freeram as f64 * i.mem_unit as f64))
            .unwrap_or(0.0);
        Ok(c.number(v))
    })?;
    def(main, &b, "availableParallelism", 0, move |c, _, _| {
        let n = std::thread::available_parallelism().map_or(1, |n| n.get());
        Ok(c.number(n as f64))
    })?;
    // cpus(): a flat array, 7 values per CPU
    def(main, &b, "cpus", 0, move |c, _, _| {
        let mut items = Vec::new();
        for (model, speed, times) in cpus() {
            items.push(c.string(&model)?);
            items.push(c.number(speed));
            items.extend(times.iter().map(|&t| c.number(t)));
        }
        c.array_from(items)
    })?;
    // networkInterfaces(): a flat array, 7 values per address
    def(main, &b, "interfaces", 0, move |c, _, _| {
        let (addrs, macs) = match interfaces() {
            Ok(x) => x,
            Err(errno) => return failure(c, errno),
        };
        let mut items = Vec::new();
        for a in addrs {
            let mac = macs.get(&a.name).copied().unwrap_or([0; 6]);
            let mac = mac
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(":");
            items.push(c.string(&a.name)?);
            items.push(c.string(&a.address)?);
            items.push(c.string(&a.netmask)?);
            items.push(c.string(if a.v6 { "IPv6" } else { "IPv4" })?);
            items.push(c.string(&mac)?);
            items.push(c.boolean(a.internal));
            items.push(c.number(if a.v6 { a.scope_id as f64 } else { -1.0 }));
        }
        c.array_from(items)
    })?;
    // userInfo(): [uid, gid, username, homedir, shell] as Uint8Arrays
    def(main, &b, "userInfo", 0, move |c, _, _| match passwd() {
        Ok(p) => c.array_from([
            c.number(p.uid as f64),
            c.number(p.gid as f64),
            c.uint8_array(&p.name)?,
            c.uint8_array(&p.home)?,
            c.uint8_array(&p.shell)?,
        ]),
        Err(errno) => failure(c, errno),
    })?;
    def(main, &b, "getPriority", 1, move |c, _, a| {
        let pid = arg(a, 0, c).as_f64().unwrap_or(0.0) as libc::id_t;
        // -1 is also a priority: errno tells a failure apart.
        unsafe { *libc::__errno_location() = 0 };
        let p = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid) };
        let errno = last_errno();
        if p == -1 && errno != 0 {
            return failure(c, errno);
        }
        Ok(c.int(p))
    })?;
    def(main, &b, "setPriority", 2, move |c, _, a| {
        let pid = arg(a, 0, c).as_f64().unwrap_or(0.0) as libc::id_t;
        let prio = arg(a, 1, c).as_i32().unwrap_or(0);
        if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid, prio) } != 0 {
            return failure(c, last_errno());
        }
        Ok(c.undefined())
    })?;
    // constants() -> [errno, dlopen]: made when os.js loads, not at startup.
    def(main, &b, "constants", 0, move |c, _, _| {
        let errno = c.new_object()?;
        for (name, value) in ERRNO {
            c.set(&errno, *name, c.int(*value))?;
        }
        let dlopen = c.new_object()?;
        for (name, value) in [
            ("RTLD_LAZY", libc::RTLD_LAZY),
            ("RTLD_NOW", libc::RTLD_NOW),
            ("RTLD_GLOBAL", libc::RTLD_GLOBAL),
            ("RTLD_LOCAL", libc::RTLD_LOCAL),
            ("RTLD_DEEPBIND", libc::RTLD_DEEPBIND),
        ] {
            c.set(&dlopen, name, c.int(value))?;
        }
        c.array_from([errno, dlopen])
    })?;
    Ok(b)
}
