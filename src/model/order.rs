//! One small stable sort for the model's short lists.
//!
//! Why not `slice::sort_by`: std's stable sort is built for long slices and brings
//! about 4 KB of wasm for every element type it sorts (27 KB on the team page, for
//! six types). The model sorts a few dozen items at most: six areas, a bank's
//! statements, one team's answers to one statement. Insertion sort is stable, exact
//! and a few hundred bytes per type; on a team of 200 it still sorts a statement's
//! answers in well under a millisecond.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` by a key, keeping equal items in their order (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the cases are the same on every run.
    fn numbers(seed: u64, n: usize) -> Vec<(u8, usize)> {
        let mut x = seed;
        (0..n)
            .map(|i| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((x >> 59) as u8, i)
            })
            .collect()
    }

    #[test]
    fn it_sorts_as_the_standard_stable_sort_does() {
        for (seed, n) in [(1, 0), (2, 1), (3, 2), (4, 6), (5, 30), (6, 200)] {
            let mut ours = numbers(seed, n);
            let mut std = ours.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            // Equal keys keep their first order: the second field shows it.
            assert_eq!(ours, std, "seed {seed}, {n} items");
        }
    }

    #[test]
    fn equal_items_keep_their_order() {
        let mut items = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut items, |x| x.0);
        assert_eq!(items, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn it_sorts_floats_by_total_order() {
        let mut v = [3.5, -1.0, 2.25, 0.0, 2.25];
        sort_by(&mut v, f64::total_cmp);
        assert_eq!(v, [-1.0, 0.0, 2.25, 2.25, 3.5]);
    }
}
