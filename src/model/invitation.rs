//! An invitation to take the check: a link a facilitator sends to the partners
//! (issue 29), so everyone answers under one spelling of the partnership's name and
//! knows whom the result goes to.
//!
//! # Format (invitations, version 1)
//! `…#i=1&n=NAME&lang=da&bank=2&by=2027-02-15&f=FACILITATOR&e=ADDRESS`, every value
//! percent-encoded UTF-8 and every part but `i=1` optional:
//!
//! | key | meaning |
//! |---|---|
//! | `i` | `1`: this is an invitation (format 1) |
//! | `n` | the partnership's name, as in a result link (40 characters) |
//! | `lang` | the language the check opens in (a host option too) |
//! | `bank` | the question bank the facilitator's team uses |
//! | `by` | answer by this date (`YYYY-MM-DD`) |
//! | `f` | the facilitator's name (40 characters) |
//! | `e` | the facilitator's e-mail address, checked by [`valid_email`] |
//!
//! An invitation holds no answer (no `r=`), so it is never a result: pasted into a
//! team it is not a respondent. A part that cannot be used (a date that does not
//! exist, an address that is not one) is left out and the rest still opens.
//! The person's own check carries the invitation on (`…&r=…&i=1&by=…&f=…&e=…`), so
//! the result page knows where to send the result, also after a reload.

use super::answers::clean_label;
use super::bank::BANK_VERSION;
use super::codec::{percent_decode, percent_encode};
use super::date::Date;

/// What an invitation link holds, each part checked.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Invitation {
    /// The partnership's name (may be empty).
    pub name: String,
    /// The question bank the team uses, if it named one Samspil knows.
    pub bank: Option<u8>,
    pub answer_by: Option<Date>,
    /// The facilitator's name (may be empty).
    pub facilitator: String,
    /// The facilitator's e-mail address, only if it passed [`valid_email`].
    pub email: Option<String>,
}

impl Invitation {
    /// Reads an invitation from a fragment's parameters (values percent-encoded), if
    /// the fragment is one (`i=1`) or carries one on.
    pub fn from_params(params: &[(&str, String)]) -> Option<Invitation> {
        let get = |key: &str| {
            params
                .iter()
                .find_map(|(k, v)| (*k == key).then(|| percent_decode(v)))
        };
        if get("i").as_deref().map(str::trim) != Some("1") {
            return None;
        }
        Some(Invitation {
            name: get("n").map(|v| clean_label(&v)).unwrap_or_default(),
            bank: get("bank")
                .and_then(|v| v.trim().parse::<u8>().ok())
                .filter(|b| super::bank::bank(*b).is_some()),
            answer_by: get("by").and_then(|v| Date::parse_iso(&v)),
            facilitator: get("f").map(|v| clean_label(&v)).unwrap_or_default(),
            email: get("e")
                .map(|v| v.trim().to_owned())
                .filter(|v| valid_email(v)),
        })
    }

    /// The invitation's link fragment (without `#`), with the language it opens in.
    pub fn fragment(&self, lang: Option<&str>) -> String {
        let mut s = String::from("i=1");
        if !self.name.trim().is_empty() {
            s.push_str("&n=");
            s.push_str(&percent_encode(&clean_label(&self.name)));
        }
        if let Some(lang) = lang {
            s.push_str("&lang=");
            s.push_str(lang);
        }
        s.push_str(&format!("&bank={}", self.bank.unwrap_or(BANK_VERSION)));
        s.push_str(&self.carried());
        s
    }

    /// The parts the person's own check carries on after its answers (the name
    /// travels as the check's own `n=`): `&i=1&by=…&f=…&e=…`.
    pub fn carried_on(&self) -> String {
        format!("&i=1{}", self.carried())
    }

    fn carried(&self) -> String {
        let mut s = String::new();
        if let Some(by) = self.answer_by {
            s.push_str("&by=");
            s.push_str(&by.iso());
        }
        if !self.facilitator.trim().is_empty() {
            s.push_str("&f=");
            s.push_str(&percent_encode(&clean_label(&self.facilitator)));
        }
        if let Some(email) = self.email.as_deref().filter(|e| valid_email(e)) {
            s.push_str("&e=");
            s.push_str(&percent_encode(email));
        }
        s
    }
}

/// The keys of an invitation that travel on with the person's own check (the name
/// travels as the check's own `n=`).
const CARRIED: [&str; 5] = ["i", "bank", "by", "f", "e"];

/// The invitation's parts of a fragment as written (`&i=1&bank=2&by=…&f=…&e=…`),
/// to carry on after the person's answers: only an invitation's keys, and only
/// values made of characters a link's own values have; empty when the fragment is
/// no invitation and carries none. Nothing is decoded or checked here: the
/// self-check's page carries the parts on as they are, so its first visit does not
/// carry the reading of them ([`Invitation::from_params`] does that where they are
/// used, and checks every part).
pub fn carried_part(fragment: &str) -> String {
    let params = super::codec::parse_params(fragment.trim_start_matches('#'));
    if !params.iter().any(|(k, v)| *k == "i" && v == "1") {
        return String::new();
    }
    let mut s = String::new();
    for key in CARRIED {
        if let Some((_, v)) = params.iter().find(|(k, _)| *k == key) {
            if v.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'%' | b'.' | b'_' | b'~' | b'-'))
            {
                s.push('&');
                s.push_str(key);
                s.push('=');
                s.push_str(v);
            }
        }
    }
    s
}

/// A date written `YYYY-MM-DD`, as its day, month and year without leading zeros
/// (for `date-numeric`), or `None` for anything else. Only its shape is checked: it
/// is shown, never computed with.
pub fn date_parts(text: &str) -> Option<(&str, &str, &str)> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape || &text[5..7] == "00" || &text[8..] == "00" {
        return None;
    }
    Some((
        text[8..].trim_start_matches('0'),
        text[5..7].trim_start_matches('0'),
        &text[..4],
    ))
}

/// Whether a text is an e-mail address Samspil will put into a `mailto:` link: a
/// plain `local@domain.tld` in ASCII, with nothing that could add a recipient, a
/// header or a body (`?`, `&`, `,`, `;`, `%`, spaces, quotes, angle brackets).
/// Stricter than RFC 5322 on purpose: a rare valid address is refused, never an
/// address that does something else.
pub fn valid_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = text.len() <= 254
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
    local_ok && domain_ok
}

/// A `mailto:` address with a subject and a body, or `None` when the address does
/// not pass [`valid_email`]: decoded input never reaches an `href` unchecked.
pub fn mailto(email: &str, subject: &str, body: &str) -> Option<String> {
    valid_email(email).then(|| {
        format!(
            "mailto:{email}?subject={}&body={}",
            percent_encode(subject),
            percent_encode(body)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codec::parse_params;

    fn read(fragment: &str) -> Option<Invitation> {
        Invitation::from_params(&parse_params(fragment))
    }

    #[test]
    fn an_invitation_round_trips_and_every_part_is_optional() {
        let inv = Invitation {
            name: "Åby Sammen & co.".into(),
            bank: Some(2),
            answer_by: Date::from_ymd(2027, 2, 15),
            facilitator: "Birgit Ørsted".into(),
            email: Some("birgit.orsted@frivillig-aaby.dk".into()),
        };
        let f = inv.fragment(Some("da"));
        assert_eq!(
            f,
            "i=1&n=%C3%85by%20Sammen%20%26%20co%2E&lang=da&bank=2&by=2027-02-15&f=Birgit%20%C3%98rsted&e=birgit%2Eorsted%40frivillig-aaby%2Edk"
        );
        assert_eq!(read(&f), Some(inv.clone()));
        assert_eq!(
            read("i=1"),
            Some(Invitation::default()),
            "only the mark: still an invitation"
        );
        assert_eq!(read("n=%C3%85by%20Sammen"), None, "a name alone is not one");
        // Carried on after a check's answers, with the name as the check's own.
        let own = format!("s=3&r=AAAA&n=%C3%85by{}", inv.carried_on());
        let carried = read(&own).unwrap();
        assert_eq!(carried.email, inv.email);
        assert_eq!(carried.answer_by, inv.answer_by);
        assert_eq!(carried.facilitator, inv.facilitator);
        assert_eq!(carried.name, "Åby");
    }

    #[test]
    fn the_parts_carried_on_are_an_invitations_only() {
        let f =
            "i=1&n=%C3%85by&lang=da&bank=2&by=2027-02-15&f=Birgit%20%C3%98&e=b%40aaby%2Edk&embed=1";
        let tail = carried_part(f);
        assert_eq!(
            tail,
            "&i=1&bank=2&by=2027-02-15&f=Birgit%20%C3%98&e=b%40aaby%2Edk"
        );
        // Read back where they are used, as the invitation itself.
        let read = read(&format!("r=AAAA&n=%C3%85by{tail}")).unwrap();
        assert_eq!(read, read_full(f));
        assert_eq!(carried_part("r=AAAA&n=x"), "");
        assert_eq!(carried_part("i=2&f=x"), "");
        // A value with characters a link's values never have is not carried.
        assert_eq!(carried_part("i=1&f=<b>&e=a@b.dk"), "&i=1");
        assert_eq!(date_parts("2027-02-05"), Some(("5", "2", "2027")));
        assert_eq!(date_parts("2027-12-31"), Some(("31", "12", "2027")));
        for bad in [
            "2027-2-15",
            "27-02-15",
            "2027-02-00",
            "2027/02/15",
            "2027-02-1x",
            "",
            "2027-02-155",
        ] {
            assert_eq!(date_parts(bad), None, "{bad}");
        }
    }

    fn read_full(fragment: &str) -> Invitation {
        let mut inv = read(fragment).unwrap();
        inv.name = "Åby".into();
        inv
    }

    #[test]
    fn a_part_that_cannot_be_used_is_left_out() {
        let inv = read("i=1&n=Nordby&bank=9&by=2027-02-30&f=%E2%80%AE&e=a%40b").unwrap();
        assert_eq!(inv.name, "Nordby");
        assert_eq!(inv.bank, None);
        assert_eq!(inv.answer_by, None);
        assert_eq!(inv.facilitator, "");
        assert_eq!(inv.email, None);
        // A name longer than a result link's is cut as the check cuts it.
        let long = read(&format!("i=1&n={}", "x".repeat(90))).unwrap();
        assert_eq!(long.name.chars().count(), 40);
    }

    #[test]
    fn only_plain_addresses_pass() {
        for ok in [
            "birgit@aaby.dk",
            "b.orsted+samspil@kommune.aaby.dk",
            "x_y-z@a-b.se",
        ] {
            assert!(valid_email(ok), "{ok}");
        }
        for bad in [
            "",
            "birgit",
            "@aaby.dk",
            "birgit@",
            "birgit@aaby",
            "birgit@aaby.d",
            "birgit@aaby.dk?cc=eve@evil.example",
            "birgit@aaby.dk&bcc=eve@evil.example",
            "birgit@aaby.dk,eve@evil.example",
            "birgit@aaby.dk;eve@evil.example",
            "birgit%40aaby.dk",
            "bir git@aaby.dk",
            "\"birgit\"@aaby.dk",
            "<birgit@aaby.dk>",
            "birgit@aaby.dk\r\nBcc: eve@evil.example",
            "javascript:alert(1)//@a.dk",
            ".birgit@aaby.dk",
            "bir..git@aaby.dk",
            "birgit@-aaby.dk",
            "birgit@aaby..dk",
            "bjørn@aaby.dk",
            "birgit@aaby.dk.",
        ] {
            assert!(!valid_email(bad), "{bad:?}");
        }
        assert!(!valid_email(&format!("{}@a.dk", "x".repeat(65))));
    }

    #[test]
    fn a_mailto_is_built_only_for_a_plain_address() {
        assert_eq!(
            mailto("birgit@aaby.dk", "Mit resultat: Åby", "Linket:\nhttps://x.dk/#r=A&n=B").as_deref(),
            Some("mailto:birgit@aaby.dk?subject=Mit%20resultat%3A%20%C3%85by&body=Linket%3A%0Ahttps%3A%2F%2Fx%2Edk%2F%23r%3DA%26n%3DB")
        );
        assert_eq!(mailto("birgit@aaby.dk?bcc=eve@x.dk", "s", "b"), None);
    }
}
