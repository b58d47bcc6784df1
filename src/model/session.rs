//! Where a person is in Samspil, and how the address fragment records it.
//!
//! The fragment is the app's memory: a shared result, a team, or the person's own
//! check in progress (`s=`), so a reload or a pasted link always opens the same view.

use std::rc::Rc;

use super::codec::{self, DecodeError, Link};
use super::date::Date;
use super::plan::Plan;
use super::summary::Summary;
use super::{Lang, Response};

/// Six areas, six steps.
pub const STEPS: usize = 6;

/// What is on screen.
#[derive(Clone, Debug)]
pub enum View {
    Start,
    /// Questionnaire step 0..STEPS.
    Step(usize),
    Results,
    /// A result opened from a shared link: read-only.
    Shared(Rc<Response>),
    /// A team link: the team view, with the parts the address holds.
    Team(Rc<TeamPage>),
    /// A summary for the minutes: a read-only team picture without individual answers.
    Summary(Rc<Summary>),
    /// A link that could not be read.
    LinkError(DecodeError),
}

/// The same view: a team or a summary is the one already opened (the same `Rc`),
/// never compared figure by figure. The views are compared on every change of the
/// state; comparing whole teams would cost time on the team page and carry the
/// team's comparison code into the self-check's first visit, which only ever hands
/// a team on.
impl PartialEq for View {
    fn eq(&self, other: &View) -> bool {
        match (self, other) {
            (View::Start, View::Start) | (View::Results, View::Results) => true,
            (View::Step(a), View::Step(b)) => a == b,
            (View::Shared(a), View::Shared(b)) => a == b,
            (View::Team(a), View::Team(b)) => Rc::ptr_eq(a, b),
            (View::Summary(a), View::Summary(b)) => Rc::ptr_eq(a, b),
            (View::LinkError(a), View::LinkError(b)) => a == b,
            _ => false,
        }
    }
}

/// An optional part of a team link after the team itself: the "before" team of a
/// comparison (`b=`), the team's action plan (`p=`) or the earlier team's plan with
/// its marks (`q=`). A part that cannot be read is kept in the address as it stood
/// and explained, never silently dropped; the team still opens.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum LinkPart<T> {
    #[default]
    None,
    Ok(T),
    Damaged {
        text: Rc<str>,
        error: DecodeError,
    },
}

impl<T> LinkPart<T> {
    /// Reads the part `key` of a fragment's parameters with `decode`.
    fn of_params(
        params: &[(&str, String)],
        key: &str,
        decode: impl Fn(&str) -> Result<T, DecodeError>,
    ) -> Self {
        let Some((_, text)) = params.iter().find(|(k, _)| *k == key) else {
            return LinkPart::None;
        };
        match decode(text.trim_end_matches(codec::is_trailing_punctuation)) {
            Ok(value) => LinkPart::Ok(value),
            Err(error) => LinkPart::Damaged {
                text: text.as_str().into(),
                error,
            },
        }
    }

    /// The `&key=…` to append to a team fragment, or nothing.
    pub fn fragment_part(&self, key: &str, encode: impl Fn(&T) -> String) -> String {
        match self {
            LinkPart::None => String::new(),
            LinkPart::Ok(value) => format!("&{key}={}", encode(value)),
            // Kept as it stood: only characters that can stand in a fragment value.
            LinkPart::Damaged { text, .. } => format!(
                "&{key}={}",
                text.chars()
                    .filter(|c| c.is_ascii_graphic() && !matches!(c, '&' | '#'))
                    .collect::<String>()
            ),
        }
    }

    pub fn ok(&self) -> Option<&T> {
        match self {
            LinkPart::Ok(value) => Some(value),
            _ => None,
        }
    }

    pub fn error(&self) -> Option<&DecodeError> {
        match self {
            LinkPart::Damaged { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// The meeting's agreed views, name and date (`a=`).
pub type AgreedPart = LinkPart<Rc<super::agreed::Agreed>>;

/// The "before" team of a before/after comparison (`b=`).
pub type Before = LinkPart<Rc<[Response]>>;
/// An action plan (`p=`, `q=`).
pub type PlanPart = LinkPart<Rc<Plan>>;

/// What the team view shows, as its address holds it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TeamPage {
    pub team: Rc<[Response]>,
    pub before: Before,
    /// The team's action plan.
    pub plan: PlanPart,
    /// The earlier team's plan, with the marks given at this check.
    pub before_plan: PlanPart,
    /// The meeting's partners as the facilitator chose them (`g=`); without it the
    /// partners come from the answers (see [`crate::model::team::Partners`]).
    pub partners: LinkPart<Rc<crate::model::team::Partners>>,
    /// What the meeting agreed per area, its name and date (`a=`, see
    /// [`super::agreed`]).
    pub agreed: AgreedPart,
    /// The partnership's earlier rounds (`h=`), as the address holds it: read by the
    /// rounds section (see [`super::history`]), which loads with the page's lower
    /// parts, so a damaged history never stops the team from opening.
    pub history: Option<Rc<str>>,
}

impl TeamPage {
    /// A team opened from a fragment, with whatever parts the fragment holds.
    pub fn of_fragment(team: Rc<[Response]>, fragment: &str) -> TeamPage {
        let fragment = codec::fragment_of(fragment);
        let params = codec::parse_params(&fragment);
        TeamPage {
            team,
            before: LinkPart::of_params(&params, "b", |v| codec::decode_team(v).map(Rc::from)),
            plan: LinkPart::of_params(&params, "p", |v| codec::decode_plan(v).map(Rc::new)),
            before_plan: LinkPart::of_params(&params, "q", |v| codec::decode_plan(v).map(Rc::new)),
            partners: LinkPart::of_params(&params, "g", |v| codec::decode_partners(v).map(Rc::new)),
            agreed: LinkPart::of_params(&params, "a", |v| super::agreed::decode(v).map(Rc::new)),
            history: params
                .iter()
                .find(|(k, _)| *k == "h")
                .map(|(_, v)| v.trim_end_matches(codec::is_trailing_punctuation).into()),
        }
    }

    /// The fragment (without `#`) of the team and its parts.
    pub fn fragment(&self) -> String {
        format!(
            "{}{}{}{}{}{}{}",
            codec::team_fragment(&self.team),
            self.before.fragment_part("b", |t| codec::encode_team(t)),
            self.plan.fragment_part("p", |p| codec::encode_plan(p)),
            self.before_plan
                .fragment_part("q", |p| codec::encode_plan(p)),
            self.partners
                .fragment_part("g", |p| codec::encode_partners(p)),
            self.agreed.fragment_part("a", |a| super::agreed::encode(a)),
            // Kept as it stood: only characters that can stand in a fragment value.
            self.history.as_deref().map_or(String::new(), |h| format!(
                "&h={}",
                h.chars()
                    .filter(|c| c.is_ascii_graphic() && !matches!(c, '&' | '#'))
                    .collect::<String>()
            )),
        )
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
    open_as::<true>(fragment, lang, today)
}

/// As [`open_fragment`], for the pages that do not show teams (the self-check and
/// the result): a team link or a summary opens an empty team view, which those
/// pages hand on to the team page with the address as it stands (see
/// [`codec::parse_own`]).
pub fn open_own_fragment(fragment: &str, lang: Lang, today: Date) -> Opened {
    open_as::<false>(fragment, lang, today)
}

fn open_as<const TEAMS: bool>(fragment: &str, lang: Lang, today: Date) -> Opened {
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
    // An invitation (`i=1&n=…`, see [`super::invitation`]) holds no answers: it
    // opens the start of the person's own check, with its parts filled in.
    let invitation = params.iter().any(|(k, _)| *k == "i")
        && !params
            .iter()
            .any(|(k, _)| matches!(*k, "r" | "t" | "m" | "s"));
    if invitation {
        return Opened {
            view: Some(View::Start),
            own: None,
        };
    }
    if own_view.is_none() && !has_link {
        return Opened {
            view: None,
            own: None,
        };
    }
    let link = if TEAMS {
        codec::parse(fragment)
    } else {
        codec::parse_own(fragment)
    };
    match (own_view, link) {
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
        // A result named without its answers: on another device that would be an
        // empty result, or that device's own under a title that reads as the
        // sender's. It is explained instead (the device's own check stays offered
        // on the start page).
        (Some(step), Err(DecodeError::NotFound)) if step == "results" => Opened {
            view: Some(View::LinkError(DecodeError::NoAnswers)),
            own: None,
        },
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
            view: Some(View::Team(if TEAMS {
                Rc::new(TeamPage::of_fragment(t.into(), fragment))
            } else {
                Rc::default()
            })),
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

/// The address of the person's own result: the result link itself (`r=…&n=…&o=…`),
/// so the address bar, and a browser's own share button, always hold the result and
/// never a view's name.
pub fn own_result_fragment(response: &Response) -> String {
    codec::result_fragment(response)
}

/// A plain result link (`r=…` without `s=`) that this tab wrote as the person's own
/// result (the browser keeps a mark in the tab's history entry, which a copied
/// address never carries): read as the person's own check at its result, so a
/// reload shows their own result also where the device cannot keep answers.
pub fn as_own_result(fragment: &str) -> String {
    let fragment = fragment.trim_start_matches('#');
    let params = codec::parse_params(fragment);
    if params.iter().any(|(k, _)| *k == "r") && !params.iter().any(|(k, _)| *k == "s") {
        format!("s=results&{fragment}")
    } else {
        fragment.to_owned()
    }
}

/// Where "Continue" opens a check: the first step with a statement not yet answered,
/// so a person who left after step 3 lands on step 4, not on answers they gave. A
/// check answered in full opens its result.
pub fn continue_view(response: &Response) -> View {
    super::bank::Area::ALL
        .iter()
        .position(|a| response.area_answers(*a).any(|(_, x)| !x.is_answered()))
        .map_or(View::Results, View::Step)
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

    /// The address bar of an earlier release's result (`#s=results`), opened on a
    /// fresh device or on the facilitator's, is explained: never an empty result
    /// and never that device's own one. With the answers it is the own check.
    #[test]
    fn a_view_named_without_answers_is_explained() {
        for fragment in ["s=results", "#s=results", "s=results&embed=1&lang=da"] {
            for opened in [
                open_fragment(fragment, Lang::Da, Date(100)),
                open_own_fragment(fragment, Lang::Da, Date(100)),
            ] {
                assert_eq!(
                    opened.view,
                    Some(View::LinkError(DecodeError::NoAnswers)),
                    "{fragment}"
                );
                assert_eq!(opened.own, None);
            }
        }
        let mut r = Response::new(Lang::Da, Date(100));
        r.set(ItemId(40), Answer::Scale(2));
        let own = format!("s=results&{}", codec::result_fragment(&r));
        assert_eq!(
            open_fragment(&own, Lang::Da, Date(100)).view,
            Some(View::Results)
        );
        // A step named without answers stays the device's own check at that step.
        assert_eq!(
            open_fragment("s=3", Lang::Da, Date(100)).view,
            Some(View::Step(2))
        );
    }

    /// The own result's address is the result link; the tab's mark makes it the own
    /// check again on a reload; anything else is left as it is.
    #[test]
    fn own_result_address_is_the_result_link() {
        let mut r = Response::new(Lang::En, Date(100));
        r.set(ItemId(40), Answer::Scale(2));
        r.label = "Åby Sammen".into();
        let address = own_result_fragment(&r);
        assert_eq!(address, codec::result_fragment(&r));
        assert!(!address.contains("s="));
        let opened = open_fragment(&as_own_result(&address), Lang::En, Date(100));
        assert_eq!(opened.view, Some(View::Results));
        assert_eq!(opened.own, Some(r.clone()));
        let with_options = format!("{address}&embed=1&lang=da");
        assert_eq!(
            open_fragment(&as_own_result(&with_options), Lang::En, Date(100)).own,
            Some(r)
        );
        for other in ["s=2&r=AAAA", "t=AAAA", "", "embed=1"] {
            assert_eq!(as_own_result(other), other);
        }
    }

    #[test]
    fn continue_opens_the_first_step_with_an_unanswered_statement() {
        let mut r = Response::new(Lang::En, Date(100));
        assert_eq!(continue_view(&r), View::Step(0));
        // Steps 1–3 answered in full ("don't know" counts as an answer).
        for (item, _) in r.clone().area_answers(super::super::bank::Area::ALL[0]) {
            r.set(item.id, Answer::Scale(4));
        }
        assert_eq!(continue_view(&r), View::Step(1));
        for area in &super::super::bank::Area::ALL[1..3] {
            for (item, _) in r.clone().area_answers(*area) {
                r.set(item.id, Answer::DontKnow);
            }
        }
        assert_eq!(continue_view(&r), View::Step(3));
        // A gap in step 2 comes first.
        let first_of_step_2 = r
            .area_answers(super::super::bank::Area::ALL[1])
            .next()
            .unwrap()
            .0
            .id;
        r.set(first_of_step_2, Answer::Unanswered);
        assert_eq!(continue_view(&r), View::Step(1));
        let ids: Vec<_> = r.bank().items.iter().map(|i| i.id).collect();
        for id in ids {
            r.set(id, Answer::Scale(3));
        }
        assert_eq!(continue_view(&r), View::Results);
    }

    /// An invitation opens the start of the person's own check, never a result and
    /// never a damaged link; carried on after the answers, it is the own check.
    #[test]
    fn an_invitation_opens_the_start() {
        for fragment in [
            "i=1&n=%C3%85by%20Sammen&lang=da&bank=2&by=2027-02-15&f=Birgit&e=b%40aaby%2Edk",
            "i=1",
            "i=1&n=x&embed=1",
        ] {
            for opened in [
                open_fragment(fragment, Lang::Da, Date(100)),
                open_own_fragment(fragment, Lang::Da, Date(100)),
            ] {
                assert_eq!(opened.view, Some(View::Start), "{fragment}");
                assert_eq!(opened.own, None);
            }
        }
        let mut r = Response::new(Lang::Da, Date(100));
        r.set(ItemId(40), Answer::Scale(2));
        let own = format!("{}&i=1&f=Birgit", own_fragment(&View::Step(1), &r).unwrap());
        let opened = open_own_fragment(&own, Lang::Da, Date(100));
        assert_eq!(opened.view, Some(View::Step(1)));
        assert_eq!(opened.own, Some(r));
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

    /// The self-check's and the result's pages read their own addresses as the team
    /// page does, and recognise a team link or a summary (whole, damaged or wrapped
    /// by a mail gateway) without reading it: an empty team view, handed on.
    #[test]
    fn pages_without_teams_read_their_own_addresses_the_same_and_hand_teams_on() {
        let mut r = Response::new(Lang::Da, Date(100));
        r.set(ItemId(40), Answer::Scale(2));
        let team = codec::team_fragment(&[r.clone(), r.clone()]);
        for fragment in [
            own_fragment(&View::Step(4), &r).unwrap(),
            own_fragment(&View::Results, &r).unwrap(),
            codec::result_fragment(&r),
            "r=AAAA".to_owned(),
            "s=2".to_owned(),
            String::new(),
        ] {
            assert_eq!(
                open_own_fragment(&fragment, Lang::En, Date(100)),
                open_fragment(&fragment, Lang::En, Date(100)),
                "{fragment}"
            );
        }
        let wrapped = format!(
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.dk%2F%23{}",
            team.replace('=', "%3D")
        );
        for fragment in [team.clone(), "t=".to_owned(), "m=AAAA".to_owned(), wrapped] {
            let opened = open_own_fragment(&fragment, Lang::En, Date(100));
            assert!(
                matches!(&opened.view, Some(View::Team(page)) if **page == TeamPage::default()),
                "{fragment}"
            );
            assert_eq!(opened.own, None);
        }
        // The team page reads it.
        assert!(matches!(
            open_fragment(&team, Lang::En, Date(100)).view,
            Some(View::Team(page)) if page.team.len() == 2
        ));
    }
}
