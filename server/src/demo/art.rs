//! Illustrations for the demo catalogue, drawn as SVG by code: every demo
//! product gets a pack shot and a close-up of what is inside, without any
//! download. Drawings are deterministic (seeded by the product's slug), flat
//! and bright, and stay crisp on any phone screen.

use std::fmt::Write;

/// The size of every product illustration.
pub const SIZE: u32 = 800;

/// What the product looks like on the shelf.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Glass jar: pickles, jams, honey, candy.
    Jar(Fill),
    /// Stand-up pouch: powders, spices, dry fruits.
    Pouch(Fill),
    /// Cooking-oil bottle.
    OilBottle,
    /// Pump bottle: handwash, sanitiser.
    PumpBottle,
    /// Angled-neck bottle: toilet cleaner.
    CleanerBottle,
    /// Jerry can: floor cleaner in bulk.
    Can,
    /// Bars of soap.
    Soap,
    /// Printed carton: biscuits, pads, masks.
    Carton(Fill),
    /// Cloth sack: flour.
    Sack(Fill),
    /// Folded saree with its border.
    Saree(Weave),
    /// Folded shawl or stole.
    Shawl(Weave),
    /// Petticoat or garment.
    Garment,
    /// Cap.
    Cap,
    /// Tote bag.
    Bag(Weave),
    /// Terracotta pot or planter.
    Pot,
    /// Terracotta lamps.
    Diyas,
    /// Bamboo basket.
    Basket,
    /// Bamboo lamp.
    Lamp,
    /// Framed tribal painting.
    Painting,
    /// Registers and files.
    Stationery,
}

/// What a close-up of the contents shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    Chunks,
    Smooth,
    Candy,
    Powder,
    Grains,
    Nuts,
    Cookies,
    Sev,
    Pads,
    Masks,
    Herbs,
}

/// The cloth's pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weave {
    Butis,
    Checks,
    Stripes,
    Diamonds,
    Jute,
    Print,
}

/// Three colours: the product's own, a second one, and an accent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub main: &'static str,
    pub second: &'static str,
    pub accent: &'static str,
}

/// A small deterministic random source (xorshift), seeded per drawing.
struct Rng(u64);

impl Rng {
    fn new(seed: &str) -> Rng {
        // FNV-1a of the seed; never zero.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in seed.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// A whole number in `lo..hi`.
    fn range(&mut self, lo: i32, hi: i32) -> i32 {
        lo + (self.next() % (hi - lo).max(1) as u64) as i32
    }
}

fn open(background: &str, floor: &str) -> String {
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}"><defs><radialGradient id="bg" cx="50%" cy="38%" r="75%"><stop offset="0" stop-color="#fffaf0"/><stop offset="1" stop-color="{background}"/></radialGradient><linearGradient id="shine" x1="0" x2="1"><stop offset="0" stop-color="#fff" stop-opacity=".55"/><stop offset=".35" stop-color="#fff" stop-opacity="0"/></linearGradient></defs><rect width="{SIZE}" height="{SIZE}" fill="url(#bg)"/><ellipse cx="400" cy="690" rx="270" ry="34" fill="{floor}" opacity=".35"/>"##
    )
}

/// A corner of dots, as on a rangoli: a small flourish that ties the set together.
fn rangoli(out: &mut String, accent: &str) {
    for (i, (x, y)) in [(60, 60), (740, 60), (60, 740), (740, 740)].into_iter().enumerate() {
        let _ = write!(out, r#"<g fill="{accent}" opacity=".35">"#);
        for k in 0..8 {
            let angle = f64::from(k) * std::f64::consts::PI / 4.0 + i as f64;
            let (dx, dy) = (angle.cos() * 22.0, angle.sin() * 22.0);
            let _ = write!(out, r#"<circle cx="{:.1}" cy="{:.1}" r="5"/>"#, f64::from(x) + dx, f64::from(y) + dy);
        }
        let _ = write!(out, r#"<circle cx="{x}" cy="{y}" r="8"/></g>"#);
    }
}

/// A label with a leaf emblem and lines standing for the printed words.
fn label(out: &mut String, x: i32, y: i32, w: i32, h: i32, p: &Palette) {
    let _ = write!(
        out,
        r##"<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="18" fill="#fffdf5" stroke="{}" stroke-width="6"/>"##,
        p.accent
    );
    let (cx, cy) = (x + w / 2, y + h / 3);
    let r = (h / 6).min(w / 6);
    let _ = write!(
        out,
        r#"<circle cx="{cx}" cy="{cy}" r="{r}" fill="{}"/><path d="M{} {} q{} {} {} 0 q{} {} {} 0z" fill="{}"/>"#,
        p.second,
        cx - r / 2,
        cy,
        r / 2,
        -r,
        r,
        -r / 2,
        r,
        -r,
        p.accent
    );
    for (i, frac) in [0.72_f64, 0.5].into_iter().enumerate() {
        let lw = (f64::from(w) * frac) as i32;
        let ly = y + h * 2 / 3 + i as i32 * (h / 7);
        let _ = write!(
            out,
            r#"<rect x="{}" y="{ly}" width="{lw}" height="{}" rx="{}" fill="{}" opacity="{}"/>"#,
            x + (w - lw) / 2,
            (h / 12).max(6),
            (h / 24).max(3),
            p.main,
            if i == 0 { ".9" } else { ".5" }
        );
    }
}

fn pieces(out: &mut String, rng: &mut Rng, fill: Fill, p: &Palette, cx: i32, cy: i32, rx: i32, ry: i32, count: usize) {
    for _ in 0..count {
        let x = cx + rng.range(-rx, rx);
        let y = cy + rng.range(-ry, ry);
        let color = match rng.range(0, 3) {
            0 => p.main,
            1 => p.second,
            _ => p.accent,
        };
        let rot = rng.range(0, 180);
        match fill {
            Fill::Chunks => {
                let s = rng.range(14, 28);
                let _ = write!(
                    out,
                    r#"<path d="M{x} {y} l{s} {} l{} {s} l-{} -{}z" fill="{color}" transform="rotate({rot} {x} {y})"/>"#,
                    s / 3,
                    -s / 4,
                    s * 3 / 4,
                    s
                );
            }
            Fill::Candy => {
                let s = rng.range(18, 26);
                let _ = write!(
                    out,
                    r##"<rect x="{x}" y="{y}" width="{s}" height="{s}" rx="5" fill="{color}" transform="rotate({rot} {x} {y})"/><rect x="{}" y="{}" width="6" height="6" rx="3" fill="#fff" opacity=".6"/>"##,
                    x + 4,
                    y + 4
                );
            }
            Fill::Grains | Fill::Powder => {
                let _ = write!(
                    out,
                    r#"<ellipse cx="{x}" cy="{y}" rx="5" ry="3" fill="{color}" transform="rotate({rot} {x} {y})"/>"#
                );
            }
            Fill::Nuts => {
                let _ = write!(
                    out,
                    r#"<path d="M{x} {y} a18 18 0 1 0 26 -6 a12 12 0 1 1 -26 6z" fill="{}" stroke="{}" stroke-width="2" transform="rotate({rot} {x} {y})"/>"#,
                    p.main, p.second
                );
            }
            Fill::Herbs => {
                let _ = write!(
                    out,
                    r#"<path d="M{x} {y} q12 -22 28 0 q-14 14 -28 0z" fill="{color}" transform="rotate({rot} {x} {y})"/>"#
                );
            }
            _ => {
                let r = rng.range(6, 12);
                let _ = write!(out, r#"<circle cx="{x}" cy="{y}" r="{r}" fill="{color}"/>"#);
            }
        }
    }
}

fn jar(out: &mut String, rng: &mut Rng, fill: Fill, p: &Palette) {
    // Glass, contents, lid, label.
    let _ = write!(
        out,
        r##"<rect x="250" y="250" width="300" height="420" rx="60" fill="#eef6f8" stroke="#b7c9cf" stroke-width="6"/><rect x="262" y="300" width="276" height="356" rx="50" fill="{}"/>"##,
        p.main
    );
    if fill != Fill::Smooth {
        pieces(out, rng, fill, p, 400, 480, 118, 150, 70);
    }
    let _ = write!(out, r#"<rect x="235" y="200" width="330" height="80" rx="16" fill="{}"/>"#, p.accent);
    for i in 0..6 {
        let _ = write!(
            out,
            r##"<rect x="{}" y="206" width="8" height="68" rx="4" fill="#000" opacity=".12"/>"##,
            262 + i * 52
        );
    }
    label(out, 285, 420, 230, 170, p);
    let _ = write!(out, r#"<rect x="268" y="300" width="40" height="330" rx="20" fill="url(#shine)"/>"#);
}

fn pouch(out: &mut String, rng: &mut Rng, fill: Fill, p: &Palette) {
    let _ = write!(
        out,
        r#"<path d="M250 200 h300 l20 470 q-170 30 -340 0z" fill="{}"/><rect x="250" y="200" width="300" height="34" fill="{}"/><rect x="250" y="250" width="300" height="10" fill="{}" opacity=".6"/>"#,
        p.second, p.accent, p.main
    );
    let _ = write!(
        out,
        r##"<ellipse cx="400" cy="330" rx="80" ry="50" fill="#fff" opacity=".85"/><clipPath id="win"><ellipse cx="400" cy="330" rx="72" ry="42"/></clipPath><g clip-path="url(#win)"><rect x="320" y="280" width="160" height="100" fill="{}"/>"##,
        p.main
    );
    pieces(out, rng, fill, p, 400, 330, 70, 40, 30);
    out.push_str("</g>");
    label(out, 290, 420, 220, 190, p);
    let _ = write!(out, r#"<rect x="262" y="240" width="34" height="420" rx="16" fill="url(#shine)"/>"#);
}

fn bottle(out: &mut String, p: &Palette, neck: &str, cap: &str) {
    let _ = write!(out, r#"<path d="{neck}" fill="{}"/>{cap}"#, p.main);
    label(out, 300, 430, 200, 180, p);
    let _ = write!(out, r#"<rect x="290" y="330" width="30" height="320" rx="15" fill="url(#shine)"/>"#);
}

fn oil_bottle(out: &mut String, p: &Palette) {
    bottle(
        out,
        p,
        "M370 150 h60 v70 q0 40 60 90 v330 q0 30 -30 30 h-120 q-30 0 -30 -30 v-330 q60 -50 60 -90z",
        &format!(r#"<rect x="362" y="118" width="76" height="46" rx="10" fill="{}"/>"#, p.accent),
    );
    let _ = write!(out, r#"<rect x="312" y="330" width="176" height="60" fill="{}" opacity=".5"/>"#, p.second);
}

fn pump_bottle(out: &mut String, p: &Palette) {
    bottle(
        out,
        p,
        "M330 300 h140 q40 0 40 40 v300 q0 40 -40 40 h-140 q-40 0 -40 -40 v-300 q0 -40 40 -40z",
        &format!(
            r#"<rect x="375" y="240" width="50" height="62" fill="{0}"/><rect x="360" y="200" width="80" height="44" rx="10" fill="{0}"/><rect x="430" y="208" width="90" height="22" rx="8" fill="{0}"/>"#,
            p.accent
        ),
    );
}

fn cleaner_bottle(out: &mut String, p: &Palette) {
    bottle(
        out,
        p,
        "M300 330 q0 -50 60 -60 l40 -60 l60 20 l-20 50 q70 20 70 80 v310 q0 40 -40 40 h-130 q-40 0 -40 -40z",
        &format!(r#"<path d="M398 206 l22 -60 l60 22 l-22 58z" fill="{}"/>"#, p.accent),
    );
}

fn can(out: &mut String, p: &Palette) {
    let _ = write!(
        out,
        r#"<path d="M240 260 h260 l60 60 v330 q0 20 -20 20 h-300 q-20 0 -20 -20v-370q0-20 20-20z" fill="{0}"/><rect x="430" y="200" width="70" height="70" rx="10" fill="{1}"/><path d="M260 230 h120 v40 h-30 v-14 h-60 v14 h-30z" fill="{0}"/>"#,
        p.main, p.accent
    );
    label(out, 280, 400, 240, 200, p);
}

fn soap(out: &mut String, p: &Palette) {
    for (i, y) in [520, 420, 320].into_iter().enumerate() {
        let color = [p.main, p.second, p.main][i];
        let _ = write!(
            out,
            r##"<rect x="{}" y="{y}" width="300" height="110" rx="40" fill="{color}" stroke="#fff" stroke-width="6"/><ellipse cx="{}" cy="{}" rx="90" ry="26" fill="#fff" opacity=".35"/>"##,
            250 + i as i32 * 10,
            400 + i as i32 * 10,
            y + 55
        );
    }
    let _ = write!(
        out,
        r#"<path d="M300 250 q100 -80 200 0" stroke="{}" stroke-width="14" fill="none" stroke-linecap="round"/>"#,
        p.accent
    );
    for (x, y, r) in [(560, 260, 22), (600, 320, 14), (240, 280, 16)] {
        let _ = write!(
            out,
            r##"<circle cx="{x}" cy="{y}" r="{r}" fill="#fff" stroke="{}" stroke-width="4" opacity=".8"/>"##,
            p.second
        );
    }
}

fn carton(out: &mut String, p: &Palette) {
    let _ = write!(
        out,
        r#"<path d="M220 280 l180 -70 l180 70 v360 l-180 60 l-180 -60z" fill="{}"/><path d="M400 280 l180 -70 v430 l-180 60z" fill="{}" opacity=".75"/><path d="M220 280 l180 -70 l180 70 l-180 70z" fill="{}"/>"#,
        p.main, p.second, p.accent
    );
    label(out, 240, 380, 150, 220, p);
}

fn sack(out: &mut String, rng: &mut Rng, p: &Palette) {
    let _ = write!(
        out,
        r#"<path d="M260 260 q140 -40 280 0 q30 200 20 400 q-160 40 -320 0 q-10 -200 20 -400z" fill="{}"/><path d="M330 250 q70 -70 140 0" stroke="{}" stroke-width="18" fill="none" stroke-linecap="round"/>"#,
        p.second, p.accent
    );
    pieces(out, rng, Fill::Grains, p, 400, 230, 40, 14, 24);
    label(out, 290, 380, 220, 220, p);
    for i in 0..9 {
        let _ = write!(
            out,
            r##"<path d="M{} 290 v360" stroke="#000" stroke-opacity=".06" stroke-width="4"/>"##,
            290 + i * 28
        );
    }
}

/// A cloth pattern filling a rectangle.
fn weave(out: &mut String, id: &str, weave: Weave, p: &Palette, scale: i32) {
    let s = scale;
    let body = match weave {
        Weave::Butis => format!(
            r#"<rect width="{s}" height="{s}" fill="{0}"/><path d="M{1} {2} l{3} {3} l-{3} {3} l-{3} -{3}z" fill="{4}"/>"#,
            p.main,
            s / 2,
            s / 4,
            s / 5,
            p.accent
        ),
        Weave::Checks => format!(
            r#"<rect width="{s}" height="{s}" fill="{0}"/><rect width="{1}" height="{s}" fill="{2}" opacity=".6"/><rect width="{s}" height="{1}" fill="{2}" opacity=".6"/>"#,
            p.main,
            s / 3,
            p.second
        ),
        Weave::Stripes => format!(
            r#"<rect width="{s}" height="{s}" fill="{0}"/><rect width="{1}" height="{s}" fill="{2}"/><rect x="{3}" width="{4}" height="{s}" fill="{5}"/>"#,
            p.main,
            s / 4,
            p.second,
            s / 2,
            s / 10,
            p.accent
        ),
        Weave::Diamonds => format!(
            r#"<rect width="{s}" height="{s}" fill="{0}"/><path d="M0 {1} l{1} -{1} l{1} {1} l-{1} {1}z" fill="none" stroke="{2}" stroke-width="{3}"/><circle cx="{1}" cy="{1}" r="{4}" fill="{5}"/>"#,
            p.main,
            s / 2,
            p.accent,
            (s / 12).max(3),
            (s / 10).max(3),
            p.second
        ),
        Weave::Jute => format!(
            r##"<rect width="{s}" height="{s}" fill="{0}"/><path d="M0 {1} h{s} M{1} 0 v{s}" stroke="#6b4a1f" stroke-opacity=".35" stroke-width="{2}"/>"##,
            p.main,
            s / 2,
            (s / 6).max(2)
        ),
        Weave::Print => format!(
            r#"<rect width="{s}" height="{s}" fill="{0}"/><circle cx="{1}" cy="{1}" r="{2}" fill="{3}"/><circle cx="{1}" cy="{1}" r="{4}" fill="{5}"/>"#,
            p.main,
            s / 2,
            s / 4,
            p.second,
            s / 10,
            p.accent
        ),
    };
    let _ = write!(
        out,
        r#"<defs><pattern id="{id}" width="{s}" height="{s}" patternUnits="userSpaceOnUse">{body}</pattern></defs>"#
    );
}

fn folded_cloth(out: &mut String, w: Weave, p: &Palette, border: bool) {
    weave(out, "cloth", w, p, 60);
    for (i, y) in [520, 400, 280].into_iter().enumerate() {
        let x = 200 + i as i32 * 12;
        let _ = write!(
            out,
            r##"<rect x="{x}" y="{y}" width="400" height="130" rx="14" fill="url(#cloth)" stroke="#fff" stroke-width="4"/>"##
        );
        if border {
            let _ = write!(
                out,
                r#"<rect x="{x}" y="{}" width="400" height="32" fill="{}"/><rect x="{x}" y="{}" width="400" height="8" fill="{}"/>"#,
                y + 98,
                p.accent,
                y + 90,
                p.second
            );
        }
    }
    let _ = write!(
        out,
        r#"<path d="M212 280 q-60 120 10 250" stroke="{}" stroke-width="26" fill="none" stroke-linecap="round" opacity=".9"/>"#,
        p.accent
    );
}

fn garment(out: &mut String, p: &Palette) {
    weave(out, "cloth", Weave::Print, p, 70);
    let _ = write!(
        out,
        r##"<path d="M320 200 h160 l90 460 q-170 40 -340 0z" fill="url(#cloth)"/><rect x="310" y="190" width="180" height="40" rx="10" fill="{0}"/><path d="M400 230 q-10 60 -30 80 M400 230 q10 60 30 80" stroke="{1}" stroke-width="6" fill="none"/><path d="M230 650 q170 40 340 0" stroke="{1}" stroke-width="18" fill="none"/>"##,
        p.second, p.accent
    );
}

fn cap(out: &mut String, p: &Palette) {
    weave(out, "cloth", Weave::Diamonds, p, 46);
    let _ = write!(
        out,
        r#"<path d="M230 520 q20 -260 170 -270 q150 10 170 270z" fill="{0}"/><rect x="220" y="470" width="360" height="110" rx="20" fill="url(#cloth)"/><rect x="220" y="470" width="360" height="18" fill="{1}"/>"#,
        p.main, p.accent
    );
}

fn bag(out: &mut String, w: Weave, p: &Palette) {
    weave(out, "cloth", w, p, if w == Weave::Jute { 14 } else { 70 });
    let _ = write!(
        out,
        r#"<path d="M310 330 q0 -150 90 -150 q90 0 90 150" stroke="{0}" stroke-width="22" fill="none"/><path d="M230 320 h340 l30 350 h-400z" fill="url(#cloth)"/><rect x="300" y="420" width="200" height="150" rx="14" fill="{1}" opacity=".9"/><circle cx="400" cy="495" r="44" fill="{0}"/>"#,
        p.accent, p.second
    );
}

fn pot(out: &mut String, p: &Palette) {
    let _ = write!(
        out,
        r##"<ellipse cx="400" cy="480" rx="210" ry="200" fill="{0}"/><rect x="320" y="220" width="160" height="80" fill="{0}"/><ellipse cx="400" cy="222" rx="110" ry="28" fill="{1}"/><ellipse cx="400" cy="222" rx="80" ry="16" fill="#5a2a14"/>"##,
        p.main, p.second
    );
    for i in 0..8 {
        let x = 230 + i * 48;
        let _ = write!(out, r##"<path d="M{x} 470 l24 -34 l24 34 l-24 34z" fill="#fff7ea" opacity=".85"/>"##);
    }
    let _ = write!(
        out,
        r##"<path d="M210 400 q190 60 380 0 M210 560 q190 60 380 0" stroke="#fff7ea" stroke-width="8" fill="none" opacity=".8"/><ellipse cx="310" cy="430" rx="30" ry="90" fill="#fff" opacity=".15"/>"##
    );
}

fn diyas(out: &mut String, p: &Palette) {
    for (x, y) in [(270, 560), (400, 600), (530, 560), (330, 440), (470, 440)] {
        let _ = write!(
            out,
            r##"<path d="M{} {y} q80 90 160 0z" fill="{}"/><path d="M{} {y} q40 -16 80 0" stroke="{}" stroke-width="6" fill="none"/><path d="M{x} {} q-18 -34 0 -70 q18 36 0 70z" fill="#ffb703"/><path d="M{x} {} q-8 -16 0 -34 q8 18 0 34z" fill="#fff3b0"/>"##,
            x - 80,
            p.main,
            x - 40,
            p.second,
            y - 8,
            y - 10
        );
    }
}

fn basket(out: &mut String, p: &Palette) {
    let _ = write!(
        out,
        r#"<clipPath id="bowl"><path d="M200 380 h400 q-20 260 -200 280 q-180 -20 -200 -280z"/></clipPath><path d="M200 380 h400 q-20 260 -200 280 q-180 -20 -200 -280z" fill="{}"/><g clip-path="url(#bowl)" stroke="{}" stroke-width="10">"#,
        p.main, p.second
    );
    for i in 0..14 {
        let x = 160 + i * 40;
        let _ = write!(out, r#"<path d="M{x} 360 l120 320 M{} 360 l-120 320"/>"#, x + 40);
    }
    let _ = write!(
        out,
        r#"</g><ellipse cx="400" cy="380" rx="200" ry="30" fill="none" stroke="{}" stroke-width="16"/>"#,
        p.accent
    );
    for (x, y, c) in [(340, 340, "#e63946"), (420, 330, "#f4a261"), (470, 350, "#90be6d")] {
        let _ = write!(out, r#"<circle cx="{x}" cy="{y}" r="46" fill="{c}"/>"#);
    }
}

fn lamp(out: &mut String, p: &Palette) {
    let _ = write!(
        out,
        r#"<path d="M300 200 h200 l60 260 h-320z" fill="{}" opacity=".95"/><g stroke="{}" stroke-width="8">"#,
        p.main, p.second
    );
    for i in 0..8 {
        let _ = write!(out, r#"<path d="M{} 200 l{} 260"/>"#, 310 + i * 26, -40 + i * 12);
    }
    let _ = write!(
        out,
        r##"</g><rect x="385" y="460" width="30" height="170" fill="{0}"/><ellipse cx="400" cy="650" rx="120" ry="26" fill="{0}"/><ellipse cx="400" cy="420" rx="90" ry="30" fill="#ffe8a3" opacity=".8"/>"##,
        p.accent
    );
}

/// A Gond-style tree with a peacock: dots and lines in flat colour.
fn tribal_motif(out: &mut String, rng: &mut Rng, p: &Palette, x: i32, y: i32, w: i32, h: i32) {
    let _ = write!(out, r##"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#f8f1e3"/>"##);
    let cx = x + w / 2;
    let _ = write!(
        out,
        r#"<path d="M{cx} {} q-20 -{} 0 -{}" stroke="{}" stroke-width="{}" fill="none"/>"#,
        y + h - 20,
        h / 3,
        h * 2 / 3,
        p.second,
        w / 24
    );
    for i in 0..7 {
        let angle = -150 + i * 20;
        let _ = write!(
            out,
            r#"<ellipse cx="{cx}" cy="{}" rx="{}" ry="{}" fill="{}" transform="rotate({angle} {cx} {})"/>"#,
            y + h / 3,
            w / 12,
            w / 4,
            [p.main, p.accent][i as usize % 2],
            y + h / 3 + w / 8
        );
    }
    for _ in 0..120 {
        let dx = rng.range(x + 20, x + w - 20);
        let dy = rng.range(y + 20, y + h - 20);
        let _ = write!(out, r##"<circle cx="{dx}" cy="{dy}" r="3" fill="#1d3557" opacity=".5"/>"##);
    }
    let (bx, by) = (x + w / 4, y + h * 3 / 4);
    let _ = write!(
        out,
        r##"<ellipse cx="{bx}" cy="{by}" rx="{}" ry="{}" fill="{}"/><circle cx="{}" cy="{}" r="{}" fill="{}"/><path d="M{} {} q{} -{} {} -{}" stroke="{}" stroke-width="6" fill="none"/>"##,
        w / 10,
        w / 16,
        p.accent,
        bx + w / 10,
        by - w / 14,
        w / 28,
        p.accent,
        bx - w / 12,
        by,
        -w / 10,
        w / 8,
        -w / 6,
        w / 5,
        p.second
    );
}

fn painting(out: &mut String, rng: &mut Rng, p: &Palette) {
    let _ = write!(
        out,
        r##"<rect x="190" y="150" width="420" height="520" fill="#7a4a24"/><rect x="210" y="170" width="380" height="480" fill="#c9a36b"/>"##
    );
    tribal_motif(out, rng, p, 225, 185, 350, 450);
}

fn stationery(out: &mut String, p: &Palette) {
    for (x, y, c) in [(220, 460, p.main), (240, 380, p.second), (260, 300, p.accent)] {
        let _ = write!(
            out,
            r##"<rect x="{x}" y="{y}" width="340" height="84" rx="8" fill="{c}"/><rect x="{}" y="{}" width="330" height="14" fill="#fffdf5"/>"##,
            x + 5,
            y + 64
        );
    }
    let _ = write!(
        out,
        r##"<rect x="300" y="200" width="300" height="90" rx="6" fill="#e9c46a" transform="rotate(-8 450 245)"/><circle cx="450" cy="245" r="12" fill="#fff"/><path d="M450 245 q40 30 80 0" stroke="#fff" stroke-width="5" fill="none"/>"##
    );
    label(out, 300, 560, 200, 110, p);
}

/// The pack shot.
pub fn pack(kind: Kind, p: &Palette, seed: &str) -> String {
    let mut rng = Rng::new(seed);
    let mut out = open(p.second, p.main);
    rangoli(&mut out, p.accent);
    match kind {
        Kind::Jar(fill) => jar(&mut out, &mut rng, fill, p),
        Kind::Pouch(fill) => pouch(&mut out, &mut rng, fill, p),
        Kind::OilBottle => oil_bottle(&mut out, p),
        Kind::PumpBottle => pump_bottle(&mut out, p),
        Kind::CleanerBottle => cleaner_bottle(&mut out, p),
        Kind::Can => can(&mut out, p),
        Kind::Soap => soap(&mut out, p),
        Kind::Carton(_) => carton(&mut out, p),
        Kind::Sack(_) => sack(&mut out, &mut rng, p),
        Kind::Saree(w) => folded_cloth(&mut out, w, p, true),
        Kind::Shawl(w) => folded_cloth(&mut out, w, p, false),
        Kind::Garment => garment(&mut out, p),
        Kind::Cap => cap(&mut out, p),
        Kind::Bag(w) => bag(&mut out, w, p),
        Kind::Pot => pot(&mut out, p),
        Kind::Diyas => diyas(&mut out, p),
        Kind::Basket => basket(&mut out, p),
        Kind::Lamp => lamp(&mut out, p),
        Kind::Painting => painting(&mut out, &mut rng, p),
        Kind::Stationery => stationery(&mut out, p),
    }
    out.push_str("</svg>");
    out
}

/// The close-up: what is inside, or the weave of the cloth.
pub fn detail(kind: Kind, p: &Palette, seed: &str) -> String {
    let mut rng = Rng::new(&format!("{seed}/detail"));
    let mut out = open(p.main, p.second);
    let bowl = |out: &mut String, rng: &mut Rng, fill: Fill| {
        let _ = write!(
            out,
            r##"<ellipse cx="400" cy="470" rx="290" ry="110" fill="#f1e4cf"/><path d="M110 470 q290 330 580 0z" fill="#d9b99b"/><path d="M110 470 q290 330 580 0" stroke="#b08968" stroke-width="8" fill="none"/><ellipse cx="400" cy="465" rx="262" ry="90" fill="{}"/>"##,
            p.main
        );
        match fill {
            Fill::Smooth => {
                let _ = write!(
                    out,
                    r##"<ellipse cx="330" cy="440" rx="90" ry="22" fill="#fff" opacity=".35"/><path d="M520 300 q40 80 -10 170" stroke="#8d5524" stroke-width="22" fill="none" stroke-linecap="round"/>"##
                );
            }
            Fill::Powder => {
                let _ = write!(out, r#"<path d="M170 470 q230 -240 460 0z" fill="{}"/>"#, p.main);
                pieces(out, rng, fill, p, 400, 420, 170, 50, 120);
            }
            _ => pieces(out, rng, fill, p, 400, 440, 220, 60, 90),
        }
    };
    match kind {
        Kind::Jar(fill) | Kind::Pouch(fill) | Kind::Sack(fill) => bowl(&mut out, &mut rng, fill),
        Kind::Carton(Fill::Pads) => {
            for (i, x) in [200, 400, 600].into_iter().enumerate() {
                let _ = write!(
                    out,
                    r##"<rect x="{}" y="{}" width="150" height="380" rx="75" fill="#fff" stroke="{}" stroke-width="8" transform="rotate({} {x} 420)"/><rect x="{}" y="{}" width="80" height="260" rx="40" fill="{}" opacity=".35" transform="rotate({} {x} 420)"/>"##,
                    x - 75,
                    230,
                    p.main,
                    -12 + i as i32 * 12,
                    x - 40,
                    290,
                    p.second,
                    -12 + i as i32 * 12
                );
            }
        }
        Kind::Carton(Fill::Masks) => {
            weave(&mut out, "cloth", Weave::Print, p, 50);
            for (x, y) in [(260, 330), (540, 330), (400, 540)] {
                let _ = write!(
                    out,
                    r##"<path d="M{} {y} q{} -60 {} 0 v80 q-{} 60 -{} 0z" fill="url(#cloth)" stroke="#fff" stroke-width="5"/><path d="M{} {} q-50 30 0 70 M{} {} q50 30 0 70" stroke="{}" stroke-width="6" fill="none"/>"##,
                    x - 110,
                    110,
                    220,
                    110,
                    220,
                    x - 110,
                    y + 5,
                    x + 110,
                    y + 5,
                    p.accent
                );
            }
        }
        Kind::Carton(fill) => bowl(&mut out, &mut rng, fill),
        Kind::OilBottle => {
            let _ = write!(out, r#"<path d="M400 200 q120 170 0 300 q-120 -130 0 -300z" fill="{}"/>"#, p.main);
            pieces(&mut out, &mut rng, Fill::Nuts, p, 400, 600, 240, 60, 26);
        }
        Kind::PumpBottle | Kind::CleanerBottle | Kind::Can | Kind::Soap => {
            for _ in 0..28 {
                let (x, y, r) = (rng.range(80, 720), rng.range(80, 720), rng.range(14, 70));
                let _ = write!(
                    out,
                    r##"<circle cx="{x}" cy="{y}" r="{r}" fill="#fff" fill-opacity=".35" stroke="#fff" stroke-width="4"/><circle cx="{}" cy="{}" r="{}" fill="#fff" opacity=".8"/>"##,
                    x - r / 3,
                    y - r / 3,
                    (r / 5).max(3)
                );
            }
            let _ = write!(out, r#"<path d="M400 250 q90 130 0 220 q-90 -90 0 -220z" fill="{}"/>"#, p.accent);
        }
        Kind::Saree(w) | Kind::Shawl(w) | Kind::Bag(w) => {
            weave(&mut out, "close", w, p, 120);
            let _ = write!(out, r#"<rect x="60" y="60" width="680" height="680" rx="24" fill="url(#close)"/>"#);
            if matches!(kind, Kind::Saree(_)) {
                let _ = write!(
                    out,
                    r#"<rect x="60" y="560" width="680" height="120" fill="{}"/><rect x="60" y="548" width="680" height="12" fill="{}"/>"#,
                    p.accent, p.second
                );
                for i in 0..12 {
                    let _ = write!(out, r##"<path d="M{} 620 l20 -30 l20 30 l-20 30z" fill="#fff3b0"/>"##, 80 + i * 56);
                }
            }
        }
        Kind::Garment | Kind::Cap => {
            weave(&mut out, "close", if kind == Kind::Cap { Weave::Diamonds } else { Weave::Print }, p, 110);
            let _ = write!(
                out,
                r#"<rect x="60" y="60" width="680" height="680" rx="24" fill="url(#close)"/><rect x="60" y="60" width="680" height="90" fill="{}"/>"#,
                p.second
            );
        }
        Kind::Pot | Kind::Diyas => {
            let _ = write!(out, r#"<rect x="60" y="60" width="680" height="680" rx="24" fill="{}"/>"#, p.main);
            for row in 0..6 {
                for col in 0..6 {
                    let (x, y) = (120 + col * 112, 120 + row * 112);
                    let _ = write!(
                        out,
                        r##"<path d="M{x} {} l40 -50 l40 50 l-40 50z" fill="#fff7ea" opacity=".8"/><circle cx="{}" cy="{}" r="8" fill="{}"/>"##,
                        y + 10,
                        x + 40,
                        y + 10,
                        p.second
                    );
                }
            }
        }
        Kind::Basket | Kind::Lamp => {
            let _ = write!(
                out,
                r#"<rect x="60" y="60" width="680" height="680" rx="24" fill="{}"/><g stroke="{}" stroke-width="26" stroke-linecap="round">"#,
                p.main, p.second
            );
            for i in 0..10 {
                let _ = write!(
                    out,
                    r#"<path d="M{} 60 v680" opacity=".8"/><path d="M60 {} h680" opacity=".55"/>"#,
                    90 + i * 70,
                    90 + i * 70
                );
            }
            out.push_str("</g>");
        }
        Kind::Painting => tribal_motif(&mut out, &mut rng, p, 60, 60, 680, 680),
        Kind::Stationery => {
            let _ = write!(
                out,
                r##"<rect x="120" y="160" width="560" height="480" rx="12" fill="#fffdf5"/><rect x="392" y="160" width="16" height="480" fill="{}"/>"##,
                p.second
            );
            for i in 0..11 {
                let y = 210 + i * 40;
                let _ = write!(out, r##"<path d="M150 {y} h220 M430 {y} h220" stroke="#9ec5e8" stroke-width="3"/>"##);
            }
            let _ = write!(out, r#"<path d="M190 150 v500" stroke="{}" stroke-width="3"/>"#, p.accent);
        }
    }
    rangoli(&mut out, p.accent);
    out.push_str("</svg>");
    out
}

/// A category's picture: its colour and a simple emblem.
pub fn category(kind: Kind, p: &Palette, seed: &str) -> String {
    // The pack shot of a typical product, which reads well at small sizes.
    pack(kind, p, seed)
}

/// A group's picture: women of the group in bright dupattas before their village.
pub fn group(seed: &str, members: usize) -> String {
    let mut rng = Rng::new(seed);
    const DUPATTAS: [&str; 8] =
        ["#e63946", "#f4a261", "#2a9d8f", "#e9c46a", "#9b5de5", "#f15bb5", "#00bbf9", "#fb8500"];
    const SKIN: [&str; 4] = ["#8d5524", "#a0673b", "#b5764a", "#7a4a2a"];
    let mut out = String::from(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600"><defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#ffe8c2"/><stop offset="1" stop-color="#fff8ec"/></linearGradient></defs><rect width="800" height="600" fill="url(#sky)"/><circle cx="650" cy="120" r="60" fill="#ffb703" opacity=".85"/><path d="M0 380 q200 -90 400 -20 q200 -70 400 10 v230 h-800z" fill="#a7c957"/><path d="M0 430 q200 -50 400 0 q200 -50 400 0 v170 h-800z" fill="#6a994e"/>"##,
    );
    // Village huts with tiled roofs.
    for (x, w) in [(60, 120), (560, 150)] {
        let _ = write!(
            out,
            r##"<rect x="{x}" y="320" width="{w}" height="90" fill="#e9d8a6"/><path d="M{} 320 l{} -60 l{} 60z" fill="#bc4749"/><rect x="{}" y="350" width="28" height="60" fill="#7f5539"/>"##,
            x - 14,
            w / 2 + 14,
            w / 2 + 14,
            x + w / 2 - 14
        );
    }
    let n = members.clamp(4, 7) as i32;
    let spacing = 640 / n;
    for i in 0..n {
        let x = 80 + spacing / 2 + i * spacing + rng.range(-8, 8);
        let y = 470 + rng.range(-12, 12);
        let dupatta = DUPATTAS[rng.range(0, DUPATTAS.len() as i32) as usize];
        let skin = SKIN[rng.range(0, SKIN.len() as i32) as usize];
        let _ = write!(
            out,
            r##"<path d="M{} {} q{} -170 {} 0z" fill="{dupatta}"/><circle cx="{x}" cy="{}" r="30" fill="{skin}"/><path d="M{} {} q34 -52 68 0" fill="{dupatta}" opacity=".9"/><circle cx="{x}" cy="{}" r="4" fill="#d00000"/>"##,
            x - 55,
            y + 110,
            55,
            110,
            y - 100,
            x - 34,
            y - 100,
            y - 112
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: Palette = Palette { main: "#f4a261", second: "#e76f51", accent: "#2a9d8f" };

    #[test]
    fn drawings_are_well_formed_svg_and_deterministic() {
        let kinds = [
            Kind::Jar(Fill::Chunks),
            Kind::Pouch(Fill::Powder),
            Kind::OilBottle,
            Kind::PumpBottle,
            Kind::CleanerBottle,
            Kind::Can,
            Kind::Soap,
            Kind::Carton(Fill::Pads),
            Kind::Carton(Fill::Masks),
            Kind::Sack(Fill::Grains),
            Kind::Saree(Weave::Butis),
            Kind::Shawl(Weave::Diamonds),
            Kind::Garment,
            Kind::Cap,
            Kind::Bag(Weave::Jute),
            Kind::Pot,
            Kind::Diyas,
            Kind::Basket,
            Kind::Lamp,
            Kind::Painting,
            Kind::Stationery,
        ];
        for kind in kinds {
            for svg in [pack(kind, &P, "x"), detail(kind, &P, "x")] {
                assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{kind:?}");
                assert_eq!(svg.matches("<svg").count(), 1);
                assert!(!svg.contains("NaN"), "{kind:?}");
            }
            assert_eq!(pack(kind, &P, "same"), pack(kind, &P, "same"));
            assert_ne!(detail(kind, &P, "a"), pack(kind, &P, "a"));
        }
        assert!(group("g", 12).contains("</svg>"));
    }
}
