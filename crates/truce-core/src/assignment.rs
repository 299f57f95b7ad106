//! The least-cost assignment of rows to distinct columns, for sparse problems: each row lists
//! the few columns it may take. Used to pair a batch of one dataset's reports with incidents
//! (each incident takes at most one row of a dataset), where greedy choices go wrong in a
//! daily series of look-alike events.
//!
//! Shortest augmenting paths with potentials (Jonker–Volgenant's scheme, Dijkstra on the
//! reduced costs): rows are added one at a time, and each search stops at the first free
//! column, so a row whose best column is free costs one look at its own list.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A cost as an integer key that sorts like it (for the heap): finite costs only.
fn key(cost: f64) -> i64 {
    let bits = cost.to_bits() as i64;
    if bits < 0 { bits ^ i64::MAX } else { bits }
}

/// One search's state: distance to each column reached, the row it was reached from, and
/// which columns are settled; reset through `touched` (a search looks at few columns).
struct Search {
    distance: Vec<f64>,
    from_row: Vec<u32>,
    settled: Vec<bool>,
    touched: Vec<u32>,
    heap: BinaryHeap<Reverse<(i64, u32)>>,
}

impl Search {
    /// Reaches the columns of `row` from a row at distance `base`.
    fn relax(
        &mut self,
        row: u32,
        list: &[(u32, f64)],
        base: f64,
        row_potential: f64,
        column_potential: &[f64],
    ) {
        for &(c, cost) in list {
            let j = c as usize;
            if self.settled[j] {
                continue;
            }
            // Reduced costs are non-negative; the max only absorbs rounding.
            let d = base + (cost - row_potential - column_potential[j]).max(0.0);
            if d < self.distance[j] {
                if self.distance[j].is_infinite() {
                    self.touched.push(c);
                }
                self.distance[j] = d;
                self.from_row[j] = row;
                self.heap.push(Reverse((key(d), c)));
            }
        }
    }

    fn reset(&mut self) {
        for c in self.touched.drain(..) {
            self.distance[c as usize] = f64::INFINITY;
            self.from_row[c as usize] = NONE;
            self.settled[c as usize] = false;
        }
        self.heap.clear();
    }
}

const NONE: u32 = u32::MAX;

/// For rows listing `(column, cost)` pairs, columns numbered below `columns`: the column each
/// row takes, distinct across rows, with the least total cost; `None` when no assignment
/// gives every row a column. Deterministic for a given input.
///
/// # Panics
/// If a row lists a column out of range or a cost that is not finite.
pub fn least_cost(rows: &[Vec<(u32, f64)>], columns: usize) -> Option<Vec<u32>> {
    let mut row_potential = vec![0.0; rows.len()];
    let mut column_potential = vec![0.0; columns];
    let mut owner = vec![NONE; columns];
    let mut column_of = vec![NONE; rows.len()];
    let mut search = Search {
        distance: vec![f64::INFINITY; columns],
        from_row: vec![NONE; columns],
        settled: vec![false; columns],
        touched: Vec::new(),
        heap: BinaryHeap::new(),
    };
    let mut settled: Vec<u32> = Vec::new();
    for (start, list) in rows.iter().enumerate() {
        // The new row's potential makes its reduced costs non-negative, zero at its best.
        row_potential[start] = list
            .iter()
            .map(|&(c, cost)| {
                assert!(cost.is_finite(), "finite costs");
                cost - column_potential[c as usize]
            })
            .min_by(f64::total_cmp)?;
        search.relax(
            start as u32,
            list,
            0.0,
            row_potential[start],
            &column_potential,
        );
        settled.clear();
        let free = loop {
            let Reverse((_, c)) = search.heap.pop()?;
            let j = c as usize;
            if search.settled[j] {
                continue;
            }
            search.settled[j] = true;
            settled.push(c);
            if owner[j] == NONE {
                break j;
            }
            let next = owner[j];
            search.relax(
                next,
                &rows[next as usize],
                search.distance[j],
                row_potential[next as usize],
                &column_potential,
            );
        };
        // Potentials: each column settled before the free one moves by how much nearer it
        // was; the path becomes tight and every reduced cost stays non-negative.
        let total = search.distance[free];
        for &c in &settled {
            let j = c as usize;
            if j != free {
                let gain = total - search.distance[j];
                column_potential[j] -= gain;
                row_potential[owner[j] as usize] += gain;
            }
        }
        row_potential[start] += total;
        // Flip the path: from the free column back to the new row.
        let mut column = free;
        loop {
            let row = search.from_row[column];
            let previous = column_of[row as usize];
            owner[column] = row;
            column_of[row as usize] = column as u32;
            if row as usize == start {
                break;
            }
            column = previous as usize;
        }
        search.reset();
    }
    Some(column_of)
}

#[cfg(test)]
mod tests {
    use super::least_cost;

    /// Every assignment, by brute force: the least total (infinite when there is none).
    fn brute(rows: &[Vec<(u32, f64)>], i: usize, used: &mut Vec<bool>) -> f64 {
        if i == rows.len() {
            return 0.0;
        }
        let mut best = f64::INFINITY;
        for &(c, cost) in &rows[i] {
            if !used[c as usize] {
                used[c as usize] = true;
                best = best.min(cost + brute(rows, i + 1, used));
                used[c as usize] = false;
            }
        }
        best
    }

    #[test]
    fn finds_the_least_total_where_greedy_does_not() {
        // Greedy gives row 0 column 0 (cost 1) and row 1 column 1 (10); the best is 2 + 2.
        let rows = vec![vec![(0, 1.0), (1, 2.0)], vec![(0, 2.0), (1, 10.0)]];
        assert_eq!(least_cost(&rows, 2), Some(vec![1, 0]));
    }

    #[test]
    fn says_when_rows_cannot_all_have_a_column() {
        let rows = vec![vec![(0, 1.0)], vec![(0, 2.0)]];
        assert_eq!(least_cost(&rows, 1), None);
        assert_eq!(least_cost(&[vec![]], 1), None);
    }

    #[test]
    fn agrees_with_brute_force_on_many_sparse_problems() {
        let mut state = 7u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % n
        };
        for rows_n in 1..=6 {
            for columns in rows_n..=7 {
                for _ in 0..40 {
                    let rows: Vec<Vec<(u32, f64)>> = (0..rows_n)
                        .map(|_| {
                            let mut list = Vec::new();
                            for c in 0..columns as u32 {
                                if next(3) != 0 {
                                    list.push((c, next(21) as f64 - 10.0));
                                }
                            }
                            list
                        })
                        .collect();
                    let best = brute(&rows, 0, &mut vec![false; columns]);
                    match least_cost(&rows, columns) {
                        None => assert!(best.is_infinite(), "{rows:?}"),
                        Some(chosen) => {
                            let mut distinct = chosen.clone();
                            distinct.sort_unstable();
                            distinct.dedup();
                            assert_eq!(distinct.len(), rows_n, "{rows:?}");
                            let total: f64 = chosen
                                .iter()
                                .zip(&rows)
                                .map(|(&c, list)| {
                                    list.iter().find(|(x, _)| *x == c).expect("listed").1
                                })
                                .sum();
                            assert_eq!(total, best, "{rows:?} → {chosen:?}");
                        }
                    }
                }
            }
        }
    }
}
