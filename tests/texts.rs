//! The translators' files (`locales/<lang>.ftl`): every language has every message
//! of the English source, with the same placeholders, none empty; every message is
//! used by the app; and the glossary's key terms hold (docs/glossary.md).
//! `build.rs` runs the same checks, so a broken file also stops the build.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/catalog.rs"]
#[allow(dead_code)]
mod catalog;

use std::path::Path;

fn load() -> catalog::Catalog {
    let (c, problems) = catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"));
    assert!(problems.is_empty(), "{problems:#?}");
    c
}

/// Every text of one language, plurals as both forms.
fn texts_of(c: &catalog::Catalog, lang: &str) -> Vec<(String, String)> {
    c.texts[lang]
        .iter()
        .flat_map(|(k, t)| match t {
            catalog::Text::Plain(s) => vec![(k.clone(), s.clone())],
            catalog::Text::Plural { one, other, .. } => {
                vec![(k.clone(), one.clone()), (k.clone(), other.clone())]
            }
        })
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let c = load();
    assert_eq!(c.texts.len(), 5, "da, sv, fi, en and nb");
    let problems = catalog::check(&c);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(c.order.len() > 300);
}

#[test]
fn the_checker_finds_what_is_wrong() {
    // A catalog with one missing key, one extra key, one changed placeholder and one
    // empty text: each is reported (so the test above cannot pass by accident).
    let mut c = load();
    let da = c.texts.get_mut("da").unwrap();
    da.remove("start-title");
    da.insert("made-up-key".into(), catalog::Text::Plain("x".into()));
    da.insert(
        "step-of".into(),
        catalog::Text::Plain("Trin { $x }".replace("{ $x }", "{x}")),
    );
    da.insert("back".into(), catalog::Text::Plain(" ".into()));
    let problems = catalog::check(&c).join("\n");
    for needle in [
        "start-title is missing",
        "made-up-key is not in",
        "step-of uses",
        "back is empty",
    ] {
        assert!(problems.contains(needle), "{needle} in {problems}");
    }
}

#[test]
fn every_message_is_used_by_the_app() {
    let c = load();
    // Every Rust file under src/, the generated texts aside.
    fn read_all(dir: &Path, code: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read_all(&path, code);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("texts.rs") {
                code.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut code = String::new();
    read_all(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut code,
    );
    let unused: Vec<&String> = c
        .order
        .iter()
        .filter(|k| {
            let name = catalog::const_name(k);
            !code.contains(&format!("::{name}")) && !code.contains(&format!("{name},"))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn counts_have_a_form_for_one() {
    let c = load();
    for key in ["differ-count", "report-team-added", "summary-view-note"] {
        let en = &c.texts["en"][key];
        assert!(matches!(en, catalog::Text::Plural { .. }), "{key}");
        let catalog::Text::Plural { one, other, .. } = en else {
            unreachable!()
        };
        assert_ne!(one, other, "{key}");
    }
}

/// The glossary's key terms (docs/glossary.md): the one word each language uses for
/// a concept, and words that must not come back.
const TERMS: &[(&str, &[&str], &[&str])] = &[
    (
        "en",
        &["statement", "facilitator", "partner"],
        &["readiness", "Where are you from"],
    ),
    (
        "da",
        &["udsagn", "facilitator", "part"],
        &[
            "parathed",
            "Hvor kommer du fra",
            "teambillede",
            "Teamets billede",
            "Jeres resultat",
        ],
    ),
    (
        "sv",
        &["påstående", "processledare", "part"],
        &[
            "beredskap",
            "Var kommer du ifrån",
            "samtalsledare",
            "teambild",
            "Teamets bild",
            "Ert resultat",
            "Starta kontrollen",
            "Gör kontrollen",
        ],
    ),
    (
        "fi",
        &["väittämä", "fasilitaattori", "kumppani", "terveystarkastus"],
        &[
            "valmius",
            "Aloita tarkastus",
            "Tee tarkastus",
            "oma tarkastuksesi",
            "Tiimin kuva",
            "tiimikuva",
            "Tuloksenne",
            "Tämän tiimi",
            "Sinusta (vapaaehtoinen)",
        ],
    ),
    (
        "nb",
        &[
            "påstand",
            "fasilitator",
            "part",
            "frivilligsentral",
            "samskaping",
            "frivillige lag og organisasjoner",
            "ideell",
        ],
        &["utsagn", "facilitator", "beredskap", "Hvor kommer du fra"],
    ),
];

#[test]
fn the_glossary_holds() {
    let c = load();
    for (lang, use_words, never) in TERMS {
        let all: String = texts_of(&c, lang)
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join("\n");
        for w in *use_words {
            assert!(
                all.to_lowercase().contains(&w.to_lowercase()),
                "{lang}: the term {w:?} is used"
            );
        }
        for w in *never {
            assert!(!all.contains(w), "{lang}: {w:?} must not come back");
        }
    }
}

/// Bank 2 speaks of "the people the partnership is for" in one phrase per language
/// (docs/glossary.md), never of a "target group", which patient and disability
/// associations read as objectifying (the methodological review, section 1.3).
#[test]
fn bank_2_speaks_of_the_people_the_partnership_is_for() {
    const PHRASE: [(&str, &str, &str); 5] = [
        ("en", "the partnership is for", "target group"),
        ("da", "partnerskabet er til for", "målgruppe"),
        ("sv", "partnerskapet är till för", "målgrupp"),
        ("fi", "joita varten kumppanuus on olemassa", "kohderyhm"),
        ("nb", "partnerskapet er til for", "målgruppe"),
    ];
    let c = load();
    for (lang, phrase, never) in PHRASE {
        for (key, text) in texts_of(&c, lang) {
            let Some(id) = key
                .strip_prefix("statement-")
                .and_then(|rest| rest.split('-').next())
                .and_then(|n| n.parse::<u8>().ok())
            else {
                continue;
            };
            if id < 31 {
                continue;
            }
            assert!(
                !text.to_lowercase().contains(never),
                "{lang} {key}: {never:?} is bank 1's word"
            );
            let speaks_of_them = match id {
                36 | 51 | 55 => !key.ends_with("-action"),
                50 => key.ends_with("-action"),
                _ => false,
            };
            if speaks_of_them {
                assert!(
                    text.to_lowercase().contains(phrase),
                    "{lang} {key} uses the glossary's phrase {phrase:?}: {text}"
                );
            }
        }
    }
}

/// The language packs the app loads (one per visit): each holds every text of the
/// catalog, in catalog order, and a pack that misses a text or belongs to another
/// release is refused whole.
#[test]
fn every_pack_holds_every_text_and_a_short_pack_is_refused() {
    use samspil::model::i18n::{install, is_installed, PackError, Texts};
    use samspil::model::texts::{self, builtin, TEXT_COUNT};
    use samspil::model::Lang;
    let c = load();
    for lang in Lang::ALL {
        let pack = builtin(lang);
        assert_eq!(pack, catalog::pack(&c, lang.code()));
        assert_eq!(pack.lines().count(), TEXT_COUNT + 1, "{}", lang.code());
        assert!(pack.lines().skip(1).all(|l| !l.trim().is_empty()));
    }
    // Installed on a fresh thread: nothing is there until a pack is installed.
    std::thread::spawn(move || {
        assert!(!is_installed(Lang::Sv, Texts::Check));
        let full = builtin(Lang::Sv);
        // One text missing (the last line dropped).
        let mut lines: Vec<&str> = full.lines().collect();
        lines.pop();
        let short = format!("{}\n", lines.join("\n"));
        assert_eq!(
            install(Lang::Sv, &short),
            Err(PackError::WrongLength {
                expected: TEXT_COUNT,
                found: TEXT_COUNT - 1
            })
        );
        assert!(
            !is_installed(Lang::Sv, Texts::Check),
            "a short pack is not half-installed"
        );
        // Another release's pack, or an error page in its place.
        let other = full.replacen("samspil-texts", "samspil-texts-old", 1);
        assert_eq!(install(Lang::Sv, &other), Err(PackError::OtherRelease));
        assert_eq!(
            install(Lang::Sv, "<!doctype html><p>Not found</p>"),
            Err(PackError::OtherRelease)
        );
        assert_eq!(install(Lang::Sv, full), Ok(()));
        assert_eq!(texts::START_TITLE.get(Lang::Sv), "Hur mår ert partnerskap?");
        // A text with a line break or a backslash survives the pack's escaping.
        let mut lines: Vec<String> = full.lines().map(str::to_owned).collect();
        let i = texts::START_TITLE.0 + 1;
        lines[i] = "två\\nrader \\\\ och snedstreck".into();
        assert_eq!(
            install(Lang::Da, &format!("{}\n", lines.join("\n"))),
            Ok(())
        );
        assert_eq!(
            texts::START_TITLE.get(Lang::Da),
            "två\nrader \\ och snedstreck"
        );
    })
    .join()
    .unwrap();
}

/// The keys whose constants `code` names after `prefix` (`texts::START_BUTTON`),
/// as a whole name (not the start of a longer one).
fn named_in<'c>(code: &str, c: &'c catalog::Catalog, prefix: &str) -> Vec<&'c String> {
    c.order
        .iter()
        .filter(|key| {
            let name = catalog::const_name(key);
            code.match_indices(&format!("{prefix}{name}"))
                .any(|(i, m)| {
                    !code[i + m.len()..]
                        .starts_with(|ch: char| ch == '_' || ch.is_ascii_alphanumeric())
                })
        })
        .collect()
}

/// The self-check's page loads a pack with only the texts it shows
/// (`catalog::on_check_page`). Every text its views name is in that pack: the
/// constants its files use, and the areas' names and descriptions and the current
/// bank's statements, which its steps show. A text missing here would be blank on
/// the page.
#[test]
fn the_self_checks_pack_holds_every_text_its_page_shows() {
    use samspil::model::texts::CHECK_TEXT_COUNT;
    let c = load();
    // The files of the views the self-check's page (index.html) shows.
    let files = [
        "ui/app.rs",
        "ui/check/start.rs",
        "ui/check/step.rs",
        "ui/check/question.rs",
        "ui/check/progress.rs",
        "ui/shared/lang_switch.rs",
        "ui/shared/notice.rs",
        "ui/shared/link_error.rs",
        "ui/shared/error_message.rs",
        "ui/shared/sector.rs",
        "ui/shared/panic.rs",
        "ui/shared/state.rs",
    ];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    for file in files {
        let code = std::fs::read_to_string(src.join(file)).unwrap();
        for key in named_in(&code, &c, "texts::") {
            if !catalog::on_check_page(&c.sections[key], key) {
                missing.push(format!("{file}: {key}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the self-check's pack: {missing:#?}"
    );
    for area in samspil::model::Area::ALL {
        let info = area.info();
        assert!(info.name.0 < CHECK_TEXT_COUNT && info.description.0 < CHECK_TEXT_COUNT);
    }
    // The current bank's statements; bank 1's are in the whole pack, which the
    // page loads for a check begun on bank 1 (`App`, `whole`).
    for item in samspil::model::bank::current().items {
        assert!(item.text.0 < CHECK_TEXT_COUNT, "statement {}", item.id.0);
    }
    for item in samspil::model::bank::bank(1).unwrap().items {
        assert!(item.text.0 >= CHECK_TEXT_COUNT, "statement {}", item.id.0);
    }
    // And it is the smaller part: the statements' actions and the result's advice
    // stay out.
    let key = "statement-31-action";
    assert!(!catalog::on_check_page(&c.sections[key], key));
    assert!(catalog::check_pack(&c, "en").len() * 2 < catalog::pack(&c, "en").len());
}

/// The self-check's pack: the start of the whole pack, under its own first line;
/// it installs, its texts are the whole pack's, a text beyond it is empty, and a
/// short one is refused.
#[test]
fn the_self_checks_pack_is_the_start_of_the_whole() {
    use samspil::model::i18n::{install, PackError, Texts};
    use samspil::model::texts::{self, builtin, builtin_check, CHECK_PACK_ID, CHECK_TEXT_COUNT};
    use samspil::model::Lang;
    let c = load();
    for lang in Lang::ALL {
        let part = builtin_check(lang);
        assert_eq!(part, catalog::check_pack(&c, lang.code()));
        assert_eq!(part.lines().next(), Some(CHECK_PACK_ID));
        assert_eq!(part.lines().count(), CHECK_TEXT_COUNT + 1);
        let whole: Vec<&str> = builtin(lang)
            .lines()
            .skip(1)
            .take(CHECK_TEXT_COUNT)
            .collect();
        assert_eq!(part.lines().skip(1).collect::<Vec<_>>(), whole);
    }
    std::thread::spawn(|| {
        let part = builtin_check(Lang::Fi);
        let mut lines: Vec<&str> = part.lines().collect();
        lines.pop();
        assert_eq!(
            install(Lang::Fi, &format!("{}\n", lines.join("\n"))),
            Err(PackError::WrongLength {
                expected: CHECK_TEXT_COUNT,
                found: CHECK_TEXT_COUNT - 1
            })
        );
        assert_eq!(install(Lang::Fi, part), Ok(()));
        assert_eq!(texts::START_BUTTON.get(Lang::Fi), "Aloita terveystarkastus");
        assert_eq!(texts::STATEMENT_1_ACTION.get(Lang::Fi), "");
        assert_eq!(texts::STATEMENT_1.get(Lang::Fi), "");
        assert!(samspil::model::i18n::is_installed(Lang::Fi, Texts::Check));
        assert!(!samspil::model::i18n::is_installed(Lang::Fi, Texts::Whole));
        assert!(!samspil::model::i18n::is_installed(Lang::Fi, Texts::Team));
    })
    .join()
    .unwrap();
}

/// The team page loads a pack without the self-check's own texts
/// (`catalog::on_team_page`). Every text the team page's views name is in it: the
/// constants its files use (its lazily loaded parts too), the areas, and the current
/// bank's statements and their actions. A text missing here would be blank on the
/// team page. Bank 1's statements are left out: a team with anyone on bank 1 loads
/// the whole pack (`ui/app.rs`, `texts_needed`).
#[test]
fn the_team_pages_pack_holds_every_text_its_page_shows() {
    let c = load();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(src.join("ui/team"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.extend(
        [
            "ui/app.rs",
            "ui/shared/lang_switch.rs",
            "ui/shared/notice.rs",
            "ui/shared/link_error.rs",
            "ui/shared/error_message.rs",
            "ui/shared/sector.rs",
            "ui/shared/panic.rs",
            "ui/shared/state.rs",
            "ui/shared/overall.rs",
            "ui/shared/radar.rs",
            "ui/shared/qr.rs",
            "ui/shared/lazy.rs",
            "ui/shared/bands.rs",
            "ui/shared/copy_link.rs",
            "model/remedies.rs",
            "model/content2.rs",
        ]
        .map(|f| src.join(f)),
    );
    let mut missing = Vec::new();
    for file in &files {
        let code = std::fs::read_to_string(file).unwrap();
        for key in named_in(&code, &c, "::") {
            if !catalog::on_team_page(&c.sections[key], key) {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the team page's pack: {missing:#?}"
    );
    let shown = |key: &str| catalog::on_team_page(&c.sections[key], key);
    for item in samspil::model::bank::current().items {
        let key = format!("statement-{}", item.id.0);
        assert!(shown(&key) && shown(&format!("{key}-action")), "{key}");
    }
    assert!(c
        .order
        .iter()
        .filter(|k| k.starts_with("area-"))
        .all(|k| shown(k)));
    // And it leaves out what the team page never shows.
    for key in ["start-button", "statement-1"] {
        assert!(!c.sections[key].is_empty() && !shown(key), "{key}");
    }
}

/// The team page's pack: the whole pack under its own first line, with the texts
/// the team page never shows left empty; it installs for the team page, not as the
/// whole pack.
#[test]
fn the_team_pages_pack_is_the_whole_less_the_self_checks_own() {
    use samspil::model::i18n::{install, is_installed, Texts};
    use samspil::model::texts::{self, builtin, builtin_team, TEAM_PACK_ID, TEXT_COUNT};
    use samspil::model::Lang;
    let c = load();
    for lang in Lang::ALL {
        let team = builtin_team(lang);
        assert_eq!(team, catalog::team_pack(&c, lang.code()));
        assert_eq!(team.lines().next(), Some(TEAM_PACK_ID));
        assert_eq!(team.lines().count(), TEXT_COUNT + 1);
        for (kept, whole) in team.lines().zip(builtin(lang).lines()).skip(1) {
            assert!(kept.is_empty() || kept == whole);
        }
        assert!(team.len() < builtin(lang).len());
    }
    std::thread::spawn(|| {
        assert_eq!(install(Lang::Nb, builtin_team(Lang::Nb)), Ok(()));
        assert!(is_installed(Lang::Nb, Texts::Team));
        assert!(!is_installed(Lang::Nb, Texts::Whole));
        assert!(!is_installed(Lang::Nb, Texts::Check));
        assert_eq!(texts::START_BUTTON.get(Lang::Nb), "");
        assert!(!texts::STATEMENT_31.get(Lang::Nb).is_empty());
        assert!(!texts::STATEMENT_31_ACTION.get(Lang::Nb).is_empty());
        // The whole pack, for a team with someone on bank 1, serves the team page too.
        assert_eq!(install(Lang::Nb, builtin(Lang::Nb)), Ok(()));
        assert!(is_installed(Lang::Nb, Texts::Team));
    })
    .join()
    .unwrap();
}

/// The terms the December 2026 language review settled (docs/glossary.md,
/// docs/language-review-2026-12-done.md), one per concept in each language:
/// (language, the team figure, the overall result (its forms), answers at both
/// ends of the scale, words that must not come back).
type Settled = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static [&'static str],
);
const SETTLED: &[Settled] = &[
    (
        "en",
        "team figure",
        &["overall result"],
        "both ends of the scale",
        &[
            "team mean",
            "overall figure",
            "on both sides",
            "Take into the plan",
        ],
    ),
    (
        "da",
        "teamtal",
        &["samlet resultat", "samlede resultat"],
        "begge ender af skalaen",
        &[
            "teamets gennemsnit",
            "samlet tal",
            "samlede tal",
            "på begge sider",
            "Ét menneskes svar",
            "faneblad",
        ],
    ),
    (
        "sv",
        "teampoäng",
        &["samlat resultat", "samlade resultatet"],
        "båda ändar av skalan",
        &[
            "teamets medelvärde",
            "samlat värde",
            "samlade värdet",
            "på båda sidor",
            "till överenskommelser",
            "Om svaret",
        ],
    ),
    (
        "nb",
        "teamets tall",
        &["samlet resultat", "samlede resultatet"],
        "begge ender av skalaen",
        &[
            "samlet tall",
            "samlede tallet",
            "på begge sider",
            "gjort klart",
            "Hvem sin",
            "NAV",
        ],
    ),
    (
        "fi",
        "tiimin luku",
        &["kokonaistulos"],
        "asteikon molemmista päistä",
        &[
            "tiimin keskiarvo",
            "kokonaisluku",
            "molemmin puolin",
            "osapuol",
            "lihava",
            "loki",
            "ehdotuksista sopimuksia",
        ],
    ),
];

fn text_of(c: &catalog::Catalog, lang: &str, key: &str) -> String {
    match &c.texts[lang][key] {
        catalog::Text::Plain(s) => s.clone(),
        catalog::Text::Plural { other, .. } => other.clone(),
    }
}

/// The bold line of the team radar is the team figure (each sector counts once),
/// named as the table beside it names it; the overall result has one name; the
/// "both sides" rule is at both ends of the scale.
#[test]
fn one_term_per_concept_as_the_december_review_settled_it() {
    let c = load();
    for (lang, team_figure, overall, both_ends, never) in SETTLED {
        let low = |key: &str| text_of(&c, lang, key).to_lowercase();
        // The chart's name for its bold line is the table's column head.
        assert_eq!(
            text_of(&c, lang, "team-mean"),
            text_of(&c, lang, "col-mean"),
            "{lang}"
        );
        assert_eq!(low("team-mean"), *team_figure, "{lang}");
        for key in ["team-radar-desc", "compare-radar-desc", "legend-mean"] {
            assert!(
                low(key).contains(team_figure),
                "{lang} {key} names the bold line {team_figure:?}"
            );
        }
        for key in ["overall", "overall-none", "weakest-note"] {
            assert!(
                overall.iter().any(|w| low(key).contains(w)),
                "{lang} {key}: {overall:?}"
            );
        }
        for key in ["differ-rule", "differ-both", "differ-both-area"] {
            assert!(low(key).contains(both_ends), "{lang} {key}: {both_ends:?}");
        }
        let all: Vec<(String, String)> = texts_of(&c, lang);
        for w in *never {
            for (key, text) in &all {
                // A word written with a capital is matched as written ("NAV", not
                // "navn"); the others in any case.
                let found = if w.chars().any(char::is_uppercase) {
                    text.contains(w)
                } else {
                    text.to_lowercase().contains(w)
                };
                assert!(!found, "{lang} {key}: {w:?} must not come back: {text}");
            }
        }
    }
}

/// The sector gap is a label format, so that any sector's name fits it (a plural
/// label cannot break the verb's agreement): the gap first, then the higher and
/// the lower sector, with no verb around them.
#[test]
fn the_sector_gap_is_a_label_format() {
    let c = load();
    for lang in ["en", "da", "sv", "nb", "fi"] {
        let t = text_of(&c, lang, "differ-gap");
        let at = |p: &str| t.find(p).unwrap_or_else(|| panic!("{lang}: {p}"));
        // The catalog holds a placeable as `{name}`.
        assert!(at("{gap}") < at("{higher}") && at("{higher}") < at("{lower}"));
        assert!(t.trim_end().ends_with("{lower}."), "{lang}: {t}");
    }
}

/// The band actions and facilitator questions are shared by every bank, so they
/// speak as bank 2 does: of "the people the partnership is for", never of a
/// "target group"; no "neutral person" (no partner is neutral, and a volunteer
/// centre is often a partner); no activity carried on by handing it to volunteers;
/// no funding that "ends tomorrow" (many partnerships are standing arrangements).
#[test]
fn the_shared_actions_speak_as_bank_2_does() {
    const WORDS: [(&str, &str, &[&str]); 5] = [
        (
            "en",
            "the partnership is for",
            &["target group", "neutral", "with volunteers", "tomorrow"],
        ),
        (
            "da",
            "partnerskabet er til for",
            &["målgruppe", "neutral", "med frivillige", "i morgen"],
        ),
        (
            "sv",
            "partnerskapet är till för",
            &["målgrupp", "neutral", "med frivilliga", "i morgon"],
        ),
        (
            "nb",
            "partnerskapet er til for",
            &["målgruppe", "nøytral", "med frivillige", "i morgen"],
        ),
        (
            "fi",
            "joita varten kumppanuus on olemassa",
            &["kohderyhm", "puolueeton", "vapaaehtoisvoimin", "huomenna"],
        ),
    ];
    let c = load();
    for (lang, phrase, never) in WORDS {
        for (key, text) in texts_of(&c, lang) {
            if !key.starts_with("area-") {
                continue;
            }
            for w in never {
                assert!(
                    !text.to_lowercase().contains(w),
                    "{lang} {key}: {w:?}: {text}"
                );
            }
        }
        for key in [
            "area-goals-attention-1",
            "area-goals-developing-3",
            "area-evaluation-developing-2",
        ] {
            assert!(
                text_of(&c, lang, key).to_lowercase().contains(phrase),
                "{lang} {key} uses {phrase:?}"
            );
        }
    }
}

/// Where one language's actions name something the others do not (a local
/// agreement or funder), the facilitator's note in every language says so: each
/// such name found in any language's actions is in every language's note.
#[test]
fn the_facilitators_note_lists_where_the_languages_actions_differ() {
    const LOCAL: [&str; 2] = ["IOP", "STEA"];
    let c = load();
    let langs = ["en", "da", "sv", "nb", "fi"];
    for name in LOCAL {
        let used_in: Vec<&str> = langs
            .iter()
            .copied()
            .filter(|lang| {
                texts_of(&c, lang).iter().any(|(key, text)| {
                    (key.starts_with("area-") || key.ends_with("-action")) && text.contains(name)
                })
            })
            .collect();
        assert!(!used_in.is_empty(), "{name} is named by some language");
        assert!(used_in.len() < langs.len(), "{name} is a local name");
        for lang in langs {
            assert!(
                text_of(&c, lang, "team-actions-languages").contains(name),
                "{lang}: the note names {name}"
            );
        }
    }
    // The Swedish Roles action keeps its IOP reference (the method review, §7.9).
    assert!(text_of(&c, "sv", "area-roles-attention-2").contains("IOP-avtalet"));
}
