//! Checks the translators' files (`locales/*.ftl`) and turns them into Rust
//! constants (`$OUT_DIR/texts.rs`, included by `src/model/texts.rs`) and one text
//! pack per language (`$OUT_DIR/pack-<lang>.txt`, loaded by the app at run time). A missing,
//! extra or empty text, or a placeholder that differs from English, stops the build
//! with a list of what to fix.

#[path = "build/catalog.rs"]
mod catalog;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build/catalog.rs");
    let (texts, mut problems) = catalog::load(&dir);
    problems.extend(catalog::check(&texts));
    if !problems.is_empty() {
        panic!(
            "the translation files need fixing:\n  {}",
            problems.join("\n  ")
        );
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("texts.rs");
    std::fs::write(&out, catalog::generate(&texts)).expect("OUT_DIR is writable");
    // One pack per language: the app loads the visitor's language only.
    for lang in catalog::LANGS {
        let path = out.with_file_name(format!("pack-{lang}.txt"));
        std::fs::write(path, catalog::pack(&texts, lang)).expect("OUT_DIR is writable");
        // The self-check's page shows only some of them (catalog::on_check_page).
        let path = out.with_file_name(format!("pack-check-{lang}.txt"));
        std::fs::write(path, catalog::check_pack(&texts, lang)).expect("OUT_DIR is writable");
        // And the team page some others (catalog::on_team_page).
        let path = out.with_file_name(format!("pack-team-{lang}.txt"));
        std::fs::write(path, catalog::team_pack(&texts, lang)).expect("OUT_DIR is writable");
    }
}
