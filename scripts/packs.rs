//! Writes the language packs of this build into a folder, one file per language
//! (`da.txt`, …), one per language with only the self-check's texts
//! (`da-check.txt`, …) and one with only the team page's (`da-team.txt`, …), for `scripts/build` to publish beside the app:
//! `cargo run --example packs -- <folder>`. The packs are made by `build.rs` from
//! `locales/*.ftl`; this only copies them out of the build.

use samspil::model::{texts, Lang};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example packs -- <folder>");
        std::process::exit(2);
    };
    std::fs::create_dir_all(&dir).expect("the folder can be made");
    for lang in Lang::ALL {
        let path = std::path::Path::new(&dir).join(format!("{}.txt", lang.code()));
        std::fs::write(&path, texts::builtin(lang)).expect("the folder is writable");
        let path = std::path::Path::new(&dir).join(format!("{}-check.txt", lang.code()));
        std::fs::write(&path, texts::builtin_check(lang)).expect("the folder is writable");
        let path = std::path::Path::new(&dir).join(format!("{}-team.txt", lang.code()));
        std::fs::write(&path, texts::builtin_team(lang)).expect("the folder is writable");
    }
}
