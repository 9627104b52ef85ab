//! `node:tty`'s natives: whether a descriptor is a terminal, its window
//! size, and writes to it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use jsvm::{Context, JsResult, Value};

use crate::ext::fs::uv_exception;
use crate::{arg, def};

/// The terminal's `(columns, rows)`, if `fd` is a terminal that knows them.
pub(crate) fn window_size(fd: i32) -> Option<(u16, u16)> {
    // SAFETY: TIOCGWINSZ fills a zeroed winsize; a bad descriptor fails.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    (r == 0).then_some((ws.ws_col, ws.ws_row))
}

pub(crate) fn make_tty_binding(main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    def(main, &b, "isatty", 1, |c, _, a| {
        let fd = arg(a, 0, c).as_i32().unwrap_or(-1);
        // SAFETY: isatty with any integer.
        Ok(c.boolean(fd >= 0 && unsafe { libc::isatty(fd) } == 1))
    })?;
    // windowSize(fd) -> [columns, rows] | undefined
    def(main, &b, "windowSize", 1, |c, _, a| {
        let fd = arg(a, 0, c).as_i32().unwrap_or(-1);
        match window_size(fd) {
            Some((cols, rows)) => c.array_from([c.int(cols.into()), c.int(rows.into())]),
            None => Ok(c.undefined()),
        }
    })?;
    // write(fd, bytes): all of them, blocking.
    def(main, &b, "write", 2, |c, _, a| {
        use std::io::Write;
        let fd = arg(a, 0, c).as_i32().unwrap_or(-1);
        let bytes = c.bytes_of(&arg(a, 1, c)).unwrap_or_default();
        let _ = std::io::stdout().flush();
        let mut rest = &bytes[..];
        while !rest.is_empty() {
            // SAFETY: writes from a live slice to a descriptor.
            let n = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
            if n < 0 {
                let err = std::io::Error::last_os_error();
                if err.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(uv_exception(c, &err, "write", None, None));
            }
            rest = &rest[n as usize..];
        }
        Ok(c.undefined())
    })?;
    // setRawMode(fd, flag) -> whether it worked. The first switch to raw
    // mode keeps the terminal's settings, which the switch back restores.
    let saved: Rc<RefCell<HashMap<i32, libc::termios>>> = Rc::default();
    def(main, &b, "setRawMode", 2, move |c, _, a| {
        let fd = arg(a, 0, c).as_i32().unwrap_or(-1);
        let raw = c.to_bool(&arg(a, 1, c));
        // SAFETY: tcgetattr/tcsetattr on a descriptor with a termios we own.
        let ok = unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(fd, &mut t) != 0 {
                false
            } else if raw {
                saved.borrow_mut().entry(fd).or_insert(t);
                // libuv's raw mode: no line editing, echo or signals;
                // output processing (newline to CR LF) stays.
                t.c_iflag &=
                    !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
                t.c_oflag |= libc::ONLCR;
                t.c_cflag |= libc::CS8;
                t.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
                t.c_cc[libc::VMIN] = 1;
                t.c_cc[libc::VTIME] = 0;
                libc::tcsetattr(fd, libc::TCSADRAIN, &t) == 0
            } else {
                match saved.borrow_mut().remove(&fd) {
                    Some(orig) => libc::tcsetattr(fd, libc::TCSADRAIN, &orig) == 0,
                    None => true,
                }
            }
        };
        Ok(c.boolean(ok))
    })?;
    Ok(b)
}
