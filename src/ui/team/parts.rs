//! The team page's parts that its release build loads when they are needed: the
//! meeting display (when opened), the summary for the minutes and the damaged-link
//! view (for such an address), QR codes (when asked for), and the sections below the
//! team picture: what it finds (where the partners differ, their perspectives, the
//! team's actions: `ui::team::findings`) and what follows (partner mapping, plan,
//! before and after, rounds over time, summary link, team link), as they come near
//! the screen, or at once when the address holds a plan, an earlier team or earlier
//! rounds; and at the top last time's plan or the teams kept on this device (at once).
//!
//! Each is a function from the component's props to its `Html`. With the feature
//! `split` (scripts/build, the team page only) the component comes from a wasm chunk
//! through [`crate::ui::shared::lazy`]; without it (tests, lints, the dev build) it
//! is drawn directly. Parts in the same chunk come in one file, loaded together.

/// `part!(part_fn, split_fn, chunk, Component, path::to::module, Props, on_visible[, leave])`:
/// `on_visible(&props)` says whether to wait until the part comes near the screen;
/// `leave(&props)`, for a part that takes the whole page (the meeting display), the
/// way back that its failure message offers beside "Try again".
macro_rules! part {
    ($part:ident, $split:ident, $chunk:ident, $comp:ident, $($path:ident)::+, $props:ident, $on_visible:expr) => {
        part!($part, $split, $chunk, $comp, $($path)::+, $props, $on_visible, |_| None);
    };
    ($part:ident, $split:ident, $chunk:ident, $comp:ident, $($path:ident)::+, $props:ident, $on_visible:expr, $leave:expr) => {
        pub mod $part {
            use yew::prelude::*;
            use $($path)::+::{$comp, $props};
            #[cfg(feature = "split")]
            crate::lazy_view!($chunk, load, $split, $comp, $props);
            pub fn $part(props: $props) -> Html {
                #[cfg(feature = "split")]
                {
                    let on_visible: fn(&$props) -> bool = $on_visible;
                    let leave: fn(&$props) -> Option<Callback<()>> = $leave;
                    let (wait, leave) = (on_visible(&props), leave(&props));
                    crate::ui::shared::lazy::lazy(load, stringify!($chunk), props, wait, leave)
                }
                #[cfg(not(feature = "split"))]
                {
                    html! { <$comp ..props /> }
                }
            }
        }
        pub use $part::$part;
    };
}

part!(
    meeting,
    split_meeting,
    meeting,
    Meeting,
    crate::ui::team::meeting,
    MeetingProps,
    |_| false,
    |p| Some(p.on_leave.clone())
);
part!(
    summary_view,
    split_summary_view,
    summary,
    SummaryView,
    crate::ui::team::summary_view,
    SummaryViewProps,
    |_| false
);
part!(
    link_error,
    split_link_error,
    link_error,
    LinkErrorView,
    crate::ui::shared::link_error,
    LinkErrorProps,
    |_| false
);
part!(
    qr_code,
    split_qr_code,
    qr,
    QrCode,
    crate::ui::shared::qr,
    QrProps,
    |_| false
);
part!(
    plan_section,
    split_plan_section,
    below,
    PlanSection,
    crate::ui::team::plan,
    PlanSectionProps,
    |p| matches!(p.plan, crate::model::session::LinkPart::None)
);
part!(
    compare,
    split_compare,
    below,
    Compare,
    crate::ui::team::compare,
    CompareProps,
    |p| matches!(p.before, crate::model::session::LinkPart::None)
);
part!(
    rounds,
    split_rounds,
    rounds,
    Rounds,
    crate::ui::team::rounds,
    RoundsProps,
    // At the top (last time's plan, the teams on this device) at once; the trend
    // as it comes near the screen, or at once when the link holds earlier rounds.
    // A chunk of its own: the empty team page shows the teams on this device at
    // once, and a chunk that is in draws every part of it at once, so in the
    // "below" chunk it drew every lower section with the team (bench/results.md,
    // 2026-12-08).
    |p| !p.top && p.history.is_none()
);
part!(
    summary_link,
    split_summary_link,
    below,
    SummaryLink,
    crate::ui::team::summary_link,
    SummaryLinkProps,
    |_| true
);
part!(
    team_link,
    split_team_link,
    below,
    TeamLink,
    crate::ui::team::link,
    TeamLinkProps,
    |_| true
);
part!(
    findings,
    split_findings,
    findings,
    Findings,
    crate::ui::team::findings,
    FindingsProps,
    |p| !p.at_once
);
part!(
    partner_mapping,
    split_partner_mapping,
    below,
    PartnerMapping,
    crate::ui::team::partners,
    PartnerMappingProps,
    |_| true
);
part!(
    agreed_minutes,
    split_agreed_minutes,
    below,
    AgreedMinutes,
    crate::ui::team::minutes,
    AgreedMinutesProps,
    |_| false
);
// "Invite partners" (issue 29): its own chunk, loaded when the facilitator asks for it.
part!(
    invite,
    split_invite,
    invite,
    Invite,
    crate::ui::team::invite,
    InviteProps,
    |_| false
);
// The open list of respondents (a list of fifty starts closed): loaded when opened.
part!(
    respondent_rows,
    split_respondent_rows,
    rows,
    RespondentRows,
    crate::ui::team::list,
    RespondentRowsProps,
    |_| false
);
// The report of a paste: drawn only after one, so loaded then.
part!(
    paste_report,
    split_paste_report,
    report,
    PasteReportView,
    crate::ui::team::input,
    PasteReportProps,
    |_| false
);
// The camera's QR scanner (issue 29) with its decoder: loaded when the facilitator
// asks for it.
part!(
    scanner,
    split_scanner,
    scan,
    Scanner,
    crate::ui::team::scan,
    ScannerProps,
    |_| false
);
