//! Prints the fragment of a team link with N respondents (default 50), made by the
//! real codec from varied answers: `cargo run --example team_link -- 50`.
//! The benchmark uses it to measure the team view at full size.

use samspil::model::codec;
use samspil::model::date::Date;
use samspil::model::{Answer, Lang, Response, Sector};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let team: Vec<Response> = (0..n)
        .map(|i| {
            let mut r = Response::new(
                Lang::ALL[i % 4],
                Date::from_ymd(2026, 11, 1 + (i % 20) as u32).unwrap_or_default(),
            );
            for (k, a) in r.answers.iter_mut().enumerate() {
                let v = ((i * 7 + k * 3) % 13) as u8;
                *a = match v {
                    11 => Answer::DontKnow,
                    12 => Answer::Unanswered,
                    v => Answer::Scale(v % 5 + 1),
                };
            }
            r.sector = Some(Sector::ALL[i % Sector::ALL.len()]);
            r.label = [
                "Ældreplejen × Frivilligcenter",
                "IOP Göteborg",
                "Kumppanuus",
            ][i % 3]
                .to_owned();
            r
        })
        .collect();
    println!("{}", codec::team_fragment(&team));
}
