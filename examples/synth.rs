//! Writes the synthetic archive to a folder, for trying gazette at scale:
//! `cargo run --release --example synth -- /tmp/gz100k 100000`

use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "gazette-synth".into()));
    let n: usize = args.next().map_or(Ok(100_000), |s| s.parse())?;
    std::fs::create_dir_all(&dir)?;
    let mut meta = BTreeMap::new();
    for a in gazette::synth::corpus(n, 42) {
        std::fs::write(dir.join(&a.name), &a.text)?;
        meta.insert(a.name, serde_json::json!({ "source": a.source }));
    }
    std::fs::write(
        dir.join(gazette::store::META_FILE),
        serde_json::to_string_pretty(&meta)?,
    )?;
    println!("{n} articles in {}", dir.display());
    Ok(())
}
