//! Feeds arbitrary text to every entry point that reads links. None may panic,
//! and anything that decodes must encode back to a link that decodes the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use samspil::model::codec::{self, Link};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = codec::find_all(&text);
    let _ = codec::decode_team(&text);
    if let Ok(r) = codec::decode_result(&text) {
        assert_eq!(codec::decode_result(&codec::encode_result(&r)), Ok(r));
    }
    if let Ok(link) = codec::parse(&text) {
        let again = match &link {
            Link::Result(r) => codec::parse(&codec::result_fragment(r)),
            Link::Team(t) => codec::parse(&codec::team_fragment(t)),
        };
        assert_eq!(again, Ok(link));
    }
});
