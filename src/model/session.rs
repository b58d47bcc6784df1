//! Where a person is in Samspil, and how the address fragment records it.
//!
//! The fragment is the app's memory: a shared result, a team, or the person's own
//! check in progress (`s=`), so a reload or a pasted link always opens the same view.

use std::rc::Rc;

use super::codec::{self, DecodeError, Link};
use super::date::Date;
use super::summary::Summary;
use super::{Lang, Response};

/// Six areas, six steps.
pub const STEPS: usize = 6;

/// What is on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    Start,
    /// Questionnaire step 0..STEPS.
    Step(usize),
    Results,
    /// A result opened from a shared link: read-only.
    Shared(Rc<Response>),
    /// A team link: the team view, with the "before" team of a comparison if the
    /// address holds one.
    Team(Rc<[Response]>, Before),
    /// A summary for the minutes: a read-only team picture without individual answers.
    Summary(Rc<Summary>),
    /// A link that could not be read.
    LinkError(DecodeError),
}

/// The "before" side of a before/after comparison, as the address holds it
/// (`t=AFTER&b=BEFORE`).
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Before {
    #[default]
    None,
    Team(Rc<[Response]>),
    /// A `b=` part that could not be read. It is kept in the address as it stood
    /// and explained, never silently dropped.
    Damaged {
        text: Rc<str>,
        error: DecodeError,
    },
}

impl Before {
    /// Reads the `b=` part of a fragment.
    pub fn of_fragment(fragment: &str) -> Before {
        match codec::parse_before(fragment) {
            None => Before::None,
            Some(Ok(team)) => Before::Team(team.into()),
            Some(Err(error)) => {
                let fragment = codec::fragment_of(fragment);
                let text = codec::parse_params(&fragment)
                    .into_iter()
                    .find_map(|(k, v)| (k == "b").then_some(v))
                    .unwrap_or_default();
                Before::Damaged {
                    text: text.into(),
                    error,
                }
            }
        }
    }

    /// The `&b=…` to append to a team fragment, or nothing.
    pub fn fragment_part(&self) -> String {
        match self {
            Before::None => String::new(),
            Before::Team(team) => format!("&b={}", codec::encode_team(team)),
            // Kept as it stood: only characters that can stand in a fragment value.
            Before::Damaged { text, .. } => format!(
                "&b={}",
                text.chars()
                    .filter(|c| c.is_ascii_graphic() && !matches!(c, '&' | '#'))
                    .collect::<String>()
            ),
        }
    }
}

/// What an address fragment opens.
#[derive(Debug, PartialEq)]
pub struct Opened {
    /// The view to show, or `None` for an empty fragment.
    pub view: Option<View>,
    /// The person's own in-progress answers, when the fragment holds them (`s=`).
    pub own: Option<Response>,
}

/// Reads a fragment (without `#`):
/// - `s=VIEW&r=…` is the person's own check at a view (`start`, `1`–`6`, `results`);
/// - `r=…` without `s=` is a shared result, `t=…` a team;
/// - anything else that looks like a link is a damaged link.
pub fn open_fragment(fragment: &str, lang: Lang, today: Date) -> Opened {
    let fragment = fragment.trim_start_matches('#');
    let params = codec::parse_params(fragment);
    let own_view = params
        .iter()
        .find_map(|(k, v)| (*k == "s").then(|| v.clone()));
    // Samspil's own fragment (`s=…`, `r=…`, `lang=…`) is read as it stands; anything
    // else is a link only if it holds one, perhaps wrapped by a mail gateway.
    let has_link = params
        .iter()
        .any(|(k, _)| matches!(*k, "r" | "t" | "n" | "b" | "m"))
        || (!codec::starts_as_fragment(fragment) && codec::holds_link(fragment));
    if own_view.is_none() && !has_link {
        return Opened {
            view: None,
            own: None,
        };
    }
    match (own_view, codec::parse(fragment)) {
        (Some(step), Ok(Link::Result(mut r))) => {
            r.lang = lang;
            if r.date < today {
                r.date = today;
            }
            Opened {
                view: Some(step_view(&step)),
                own: Some(r),
            }
        }
        // Only where the person is: the answers are on the device.
        (Some(step), Err(DecodeError::NotFound)) => Opened {
            view: Some(step_view(&step)),
            own: None,
        },
        (_, Ok(Link::Result(r))) => Opened {
            view: Some(View::Shared(Rc::new(r))),
            own: None,
        },
        (_, Ok(Link::Summary(s))) => Opened {
            view: Some(View::Summary(Rc::new(*s))),
            own: None,
        },
        (_, Ok(Link::Team(t))) => Opened {
            view: Some(View::Team(t.into(), Before::of_fragment(fragment))),
            own: None,
        },
        (_, Err(e)) => Opened {
            view: Some(View::LinkError(e)),
            own: None,
        },
    }
}

fn step_view(step: &str) -> View {
    match step {
        "results" => View::Results,
        n => match n.parse::<usize>() {
            Ok(k) if (1..=STEPS).contains(&k) => View::Step(k - 1),
            _ => View::Start,
        },
    }
}

/// Where the person is in their own check (`s=…`), or `None` for other views.
pub fn step_fragment(view: &View) -> Option<String> {
    let step = match view {
        View::Start => "start".to_owned(),
        View::Step(k) => (k + 1).to_string(),
        View::Results => "results".to_owned(),
        _ => return None,
    };
    Some(format!("s={step}"))
}

/// The fragment that keeps the person's own check: where they are and what they answered.
pub fn own_fragment(view: &View, response: &Response) -> Option<String> {
    Some(format!(
        "{}&{}",
        step_fragment(view)?,
        codec::result_fragment(response)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::{Answer, ItemId};

    #[test]
    fn own_fragment_round_trips_through_open() {
        let mut r = Response::new(Lang::En, Date(100));
        r.set(ItemId(3), Answer::Scale(4));
        r.label = "Nørrebro & co".into();
        let f = own_fragment(&View::Step(2), &r).unwrap();
        let opened = open_fragment(&f, Lang::En, Date(100));
        assert_eq!(opened.view, Some(View::Step(2)));
        assert_eq!(opened.own, Some(r));
        let shared = codec::result_fragment(&Response::new(Lang::Da, Date(7)));
        assert!(matches!(
            open_fragment(&shared, Lang::En, Date(100)).view,
            Some(View::Shared(_))
        ));
    }

    #[test]
    fn damaged_and_empty_fragments() {
        assert_eq!(open_fragment("", Lang::En, Date(0)).view, None);
        assert!(matches!(
            open_fragment("r=AAAA", Lang::En, Date(0)).view,
            Some(View::LinkError(_))
        ));
        assert!(matches!(
            open_fragment("t=", Lang::En, Date(0)).view,
            Some(View::LinkError(_))
        ));
    }
}
