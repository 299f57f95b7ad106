//! Evaluation on FA-KES (../shared/data/news-fakes/fa-kes-dev.csv: 486 annotated news articles
//! about the Syrian war; the texts stay in ../shared, never in the repository), or on any file
//! in its columns (`tests/data/news_blind.csv`).
//!
//! `cargo run --release -p truce-extract --example eval_fakes [-- FILE] [--errors]`
//!
//! What is scored, and how: [`news_eval`].

mod news_eval;

fn main() {
    // `--errors` prints each article the figures count as wrong, with what was read.
    let show_errors = std::env::args().any(|a| a == "--errors");
    let path = std::env::args()
        .skip(1)
        .find(|a| a != "--errors")
        .unwrap_or_else(|| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/data/news-fakes/fa-kes-dev.csv"
            )
            .to_owned()
        });
    match news_eval::evaluate(std::path::Path::new(&path), show_errors) {
        Some(scores) => scores.print(&path),
        None => println!("notice: {path} is absent; nothing to evaluate"),
    }
}
