//! A deterministic synthetic archive for benchmarks: articles in the seed
//! format with dates, outlets, people with roles, and varied headlines.
//! The same `n` and `seed` always give the same articles.

use chrono::{Days, NaiveDate};

/// SplitMix64: small, fast, and the same everywhere (the tests draw
/// their random archives from it too).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// The numbers of `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const OUTLETS: &[&str] = &[
    "Reuters",
    "AP",
    "AFP",
    "UPI",
    "NPR",
    "USA TODAY",
    "BBC",
    "CNN",
    "Bloomberg",
    "The Guardian",
    "The New York Times",
    "The Washington Post",
    "Al Jazeera",
    "Deutsche Welle",
    "RFE/RL",
    "Politico",
    "Axios",
    "The Hill",
    "Financial Times",
    "The Economist",
    "Le Monde",
    "El País",
    "Der Spiegel",
    "Kyiv Independent",
    "Meduza",
    "The Times",
    "The Telegraph",
    "ABC News",
    "CBS News",
    "NBC News",
    "Fox News",
    "Sky News",
    "France 24",
    "Euronews",
    "The Atlantic",
    "Vox",
    "ProPublica",
    "Nikkei",
    "South China Morning Post",
    "The Hindu",
];

const GIVEN: &[&str] = &[
    "Anna", "Boris", "Carla", "David", "Elena", "Felix", "Grace", "Hugo", "Irina", "Jonas",
    "Karen", "Leon", "Maria", "Nikolai", "Olga", "Pavel", "Quinn", "Rosa", "Sergei", "Tomas",
    "Ursula", "Viktor", "Wendy", "Yuri", "Zoe", "Ahmed", "Bianca", "Chen", "Dmitri", "Esther",
    "Farid", "Greta", "Hassan", "Ingrid", "Jakub", "Kenji", "Lucia", "Marek", "Nadia", "Oscar",
    "Priya", "Rafael", "Sofia", "Tariq", "Ulrich", "Vera", "Walter", "Ximena", "Yasmin", "Zoran",
];

const ROLES: &[&str] = &[
    "Foreign Minister",
    "Defense Minister",
    "President",
    "Prime Minister",
    "Secretary of State",
    "Treasury Secretary",
    "national security adviser",
    "spokesperson",
    "Ambassador",
    "Sen.",
    "Gov.",
    "Deputy Foreign Minister",
    "Finance Minister",
    "Mayor",
    "General",
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mir", "ten", "vas", "ber", "dan", "gor", "hel", "in", "jor", "kel", "lin", "mas",
    "nov", "or", "pel", "ros", "sen", "tur", "ul", "var", "wen", "zek", "bra", "cho", "dre", "fin",
    "gal", "har",
];

const WORDS: &[&str] = &[
    "talks",
    "sanctions",
    "summit",
    "election",
    "crisis",
    "border",
    "troops",
    "deal",
    "vote",
    "markets",
    "inflation",
    "rates",
    "protest",
    "court",
    "ruling",
    "ceasefire",
    "aid",
    "energy",
    "gas",
    "oil",
    "prices",
    "strike",
    "union",
    "budget",
    "tax",
    "reform",
    "probe",
    "leak",
    "report",
    "warning",
    "threat",
    "attack",
    "defense",
    "alliance",
    "treaty",
    "nuclear",
    "climate",
    "storm",
    "flood",
    "vaccine",
    "virus",
    "trade",
    "tariffs",
    "exports",
    "growth",
    "jobs",
    "housing",
    "schools",
    "police",
    "migrants",
    "refugees",
    "drones",
    "missiles",
    "cyber",
    "hack",
    "chip",
    "factory",
    "bank",
    "debt",
    "bonds",
    "stocks",
    "meets",
    "warns",
    "rejects",
    "backs",
    "signs",
    "faces",
    "seeks",
    "says",
    "plans",
    "urges",
    "calls",
    "hopes",
    "fears",
    "new",
    "first",
    "final",
    "major",
    "amid",
    "over",
    "after",
    "before",
    "with",
    "against",
    "for",
    "as",
    "in",
    "on",
    "at",
];

const PLACES: &[&str] = &[
    "Geneva",
    "Kyiv",
    "Moscow",
    "Washington",
    "Berlin",
    "Paris",
    "London",
    "Brussels",
    "Beijing",
    "Tokyo",
    "Ankara",
    "Warsaw",
    "Vienna",
    "Rome",
    "Madrid",
    "Delhi",
    "Cairo",
    "Tehran",
    "Ottawa",
    "Canberra",
];

/// A made-up word of two or three syllables, capitalised when asked.
fn coined(rng: &mut Rng, cap: bool) -> String {
    let n = 2 + rng.below(2);
    let mut w: String = (0..n).map(|_| *rng.pick(SYLLABLES)).collect();
    if cap && let Some(first) = w.get(..1) {
        w = first.to_uppercase() + &w[1..];
    }
    w
}

/// One generated article: file name, text in the seed format, outlet.
#[derive(Debug, Clone)]
pub struct SynthArticle {
    pub name: String,
    pub text: String,
    pub source: String,
}

/// `n` articles, the same for the same `seed`.
pub fn corpus(n: usize, seed: u64) -> Vec<SynthArticle> {
    let mut rng = Rng(seed);
    // A cast of about 6,000 people, one of them a real one to search for.
    let mut people: Vec<(String, String)> = (0..6000)
        .map(|_| (rng.pick(GIVEN).to_string(), coined(&mut rng, true)))
        .collect();
    people.push(("Antony".into(), "Blinken".into()));
    // Title vocabulary: common words and about 12,000 coined ones.
    let coined_words: Vec<String> = (0..12_000).map(|_| coined(&mut rng, false)).collect();
    let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default();
    (0..n)
        .map(|i| {
            let source = rng.pick(OUTLETS).to_string();
            let date = start.checked_add_days(Days::new(rng.below(3650) as u64)).unwrap_or(start);
            let cast: Vec<&(String, String)> = (0..2 + rng.below(4))
                .map(|_| {
                    // a few people are in the news far more than others
                    if rng.below(10) == 0 {
                        &people[people.len() - 1 - rng.below(40)]
                    } else {
                        rng.pick(&people)
                    }
                })
                .collect();
            let mut title: Vec<String> = (0..6 + rng.below(7))
                .map(|_| {
                    if rng.below(3) == 0 {
                        rng.pick(&coined_words).clone()
                    } else {
                        rng.pick(WORDS).to_string()
                    }
                })
                .collect();
            title.insert(rng.below(title.len()), cast[0].1.clone());
            title.insert(rng.below(title.len()), rng.pick(PLACES).to_string());
            let mut headline = title.join(" ");
            if let Some(first) = headline.get(..1) {
                headline = first.to_uppercase() + &headline[1..];
            }
            let mut text = String::new();
            if rng.below(50) != 0 {
                text.push_str(&format!(" date {} ", date.format("%Y-%m-%d")));
            }
            text.push_str(&headline);
            text.push_str("\n\n");
            text.push_str(&format!("By {} {}\n\n", rng.pick(GIVEN), coined(&mut rng, true)));
            for (k, (given, surname)) in cast.iter().enumerate() {
                let role = rng.pick(ROLES);
                let place = rng.pick(PLACES);
                if k == 0 {
                    text.push_str(&format!("{} ({source}) -- ", place.to_uppercase()));
                }
                text.push_str(&format!(
                    "{role} {given} {surname} met officials in {place} on Tuesday as {} {} continued.\n\n",
                    rng.pick(WORDS),
                    rng.pick(WORDS)
                ));
                text.push_str(&format!(
                    "\"We will not accept {} {} at any price,\" {surname} said, adding that the {} would go on.\n\n",
                    rng.pick(WORDS),
                    rng.pick(&coined_words),
                    rng.pick(WORDS)
                ));
            }
            SynthArticle {
                name: format!("{i:06}.txt"),
                text,
                source,
            }
        })
        .collect()
}
